// The one RE2 pattern of the relative time forms (time_pattern.h).
#include "annotate/time_pattern.h"

#include <string>

#include "annotate/time_context.h"
#include "annotate/time_holidays.h"

namespace crosscheck {

const RE2& RelativeTimePattern() {
  static const RE2* pattern = new RE2(
      R"(\b(?:)"
      R"((?P<qthe>(?:[Tt]he|(?P<qyearmod>[Tt]his|[Nn]ext|[Ll]ast)\s+year's)\s+)?(?P<qago>(?:comparable\s+)?year-(?:ago|earlier)\s+)?(?:(?P<qyear1>(?:19|20)\d\d)\s+)?(?:fiscal\s+)?(?P<qord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<qyear2>(?:19|20)\d\d))?\b)"
      R"(|[Tt]he\s+(?:(?P<qrelmod>latest|current|most\s+recent|year-ago|year-earlier)\s+)?(?P<qrel>quarter|period)\b)"
      R"(|(?P<yearago>[Aa]\s+year\s+(?:earlier|ago)|[Yy]ear-(?:ago|earlier))\b)"
      R"(|(?P<theweekend>[Tt]he\s+weekend)\b)"
      R"(|(?P<holiday>)" +
      HolidayAlternation() +
      R"()\b)"
      R"(|[Tt]he\s+(?:(?P<dayrel>next|following|previous|preceding)\s+day|day\s+(?P<dayrel2>before|after))\b)"
      R"(|(?P<podmod>[Tt]his|[Ll]ast)\s+(?P<pod>morning|afternoon|evening|night)\b)"
      R"(|(?:[Ff]rom|[Bb]etween)\s+(?:the\s+)?(?P<rd1>\d{1,2}(?:st|nd|rd|th)?)\s+(?:to|and|until|through|-)\s+(?:the\s+)?(?P<rd2>\d{1,2}(?:st|nd|rd|th)?)(?:\s+(?:of\s+)?(?P<rmonth>January|February|March|April|May|June|July|August|September|October|November|December))?\b)"
      R"(|(?i:(?P<ref>)" +
      TimeRefAlternation() +
      R"())\b)"
      R"(|(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<edge_mod>the|this|next|last)\s+(?P<edge_unit>week|month|year)\b)"
      R"(|(?:[Tt]he\s+)?(?P<half>first|second|last)\s+half\s+of\s+(?:(?P<half_year>(?:19|20)\d\d)|(?P<half_mod>the|this|next|last)\s+year)\b)"
      R"(|(?P<pmod>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his|[Pp]ast|[Ee]arlier [Tt]his|[Ll]ater [Tt]his)\s+(?P<unit>week|month|year|weekend)\b)"
      R"(|(?P<deictic>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?:\s+(?P<dpod>morning|afternoon|evening|night))?\b)"
      R"(|(?:(?P<wmod>[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Tt]his)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<wplural>s)?(?:\s+(?P<wpod>morning|afternoon|evening|night)(?P<wpodplural>s)?)?\b)"
      R"(|(?:(?P<mmod>[Ll]ast|[Nn]ext|[Tt]his|(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-to-|\s+to\s+)(?:early|mid|late)-?|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<month_yearmod>last|next|this)\s+year)?\b)"
      R"(|(?:[Tt]he\s+)?(?P<season_of>summer|winter|spring|fall|autumn)\s+(?:of\s+)?(?P<season_year>(?:19|20)\d\d)\b)"
      R"(|(?P<season_mod>[Tt]his\s+past|[Tt]his|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Tt]he)\s+(?P<season>summer|winter|spring|fall|autumn)\b)"
      R"(|(?:[Tt]he\s+)?(?:(?:early|mid|late)[-\s])?(?P<decade>1[0-9]\d|20\d)0s\b)"
      R"(|[Tt]he\s+(?:(?:early|mid|late)[-\s])?(?:'|’)(?P<decade_short>[0-9])0s\b)"
      R"(|[Tt]he\s+(?:(?:early|mid|late)[-\s])?(?P<decade_word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
      R"(|(?:[Tt]he\s+)?(?P<century>\d{1,2})(?:st|nd|rd|th)\s+century\b)"
      R"(|(?P<spelled_year>[Nn]ineteen\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\b)"
      R"(|(?P<vague_mod>[Rr]ecent|[Cc]oming|[Pp]ast\s+(?:few|several))\s+(?P<vague_unit>year|month|week|day)s\b)"
      R"(|(?P<set_mod>[Ee]ach|[Ee]very)\s+(?P<set_unit>year|month|week|day|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
      R"(|(?P<year_ended>[Tt]he\s+(?:fiscal\s+)?year)\s+end(?:ed|ing)\b)"
      R"(|[Tt]he\s+(?P<fiscal_mod>full|current\s+fiscal|current|latest\s+fiscal|fiscal)\s+year\b)"
      R"(|(?P<year_2000>[Tt]he\s+year\s+two\s+thousand)\b)"
      R"(|(?P<near_future>[Tt]he\s+(?:near|short)\s+(?:term|future))\b)"
      R"(|(?P<quarter_count>\d+|two|three|four|five|six|seven|eight|several|few)\s+quarters\b)"
      R"(|(?P<anchor_rel>[Tt]he\s+following|[Tt]he\s+previous|[Tt]hat)\s+(?P<anchor_unit>year|month)\b)"
      R"(|(?P<half_count>\d+|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:and\s+a\s+half|1/2)\s+(?P<half_unit>year|month|week|day|hour|minute)s?\b)"
      R"(|(?:[Aa]n?|[Oo]ne)\s+(?P<half_unit2>year|month|week|day|hour|minute)\s+and\s+a\s+half\b)"
      R"(|(?:[Hh]alf\s+an?|[Aa]\s+half[-\s])\s*(?P<half_only>year|hour|day)\b)"
      R"(|(?:[Ff]or|[Ww]ithin)\s+(?P<bare_unit>years|months|weeks|days|hours|minutes|decades|centuries)\b)"
      R"(|[Ii]n\s+(?P<the_past>the\s+past)\b)"
      R"(|(?P<count>\d+|(?i:(?:a\s+)?few|(?:a\s+)?couple\s+of|several|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(?:(?:\s+(?P<count_qualifier>more|additional|extra|straight|consecutive|full|trading|business|working))?\s+(?P<dunit>year|month|week|day|decade|hour|minute)s?|-(?P<adj_unit>year|month|week|day|hour|minute))(?P<ago>\s+ago)?\b)"
      R"(|(?P<year>(?:19|20)\d\d)\b)"
      R"(|(?P<clock_hour>\d{1,2})(?::(?P<clock_minute>\d\d))?\s*(?P<clock_ampm>[AaPp]\.[Mm]\.|[AaPp][Mm]\b)(?:\s+[A-Z]{1,3}T\b)?(?:,?\s+(?:on\s+)?(?P<clock_weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?)"
      R"(|(?P<clock_word>[Nn]oon|[Mm]idnight)(?:\s+(?:on\s+)?(?P<clock_weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?\b)"
      R"(|(?P<hour>\d{1,2}):(?P<minute>\d\d)(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?)"
      R"())");
  return *pattern;
}

}  // namespace crosscheck
