// The one RE2 pattern of the relative time forms (time_pattern.h).
#include "annotate/time_pattern.h"

#include <memory>
#include <string>
#include <vector>

#include "annotate/time_context.h"
#include "annotate/time_holidays.h"
#include "base/string_set.h"

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

namespace {

// The top-level alternatives of "\\b(?:A1|A2|...)": split at the '|' outside any group or
// character class (escapes skipped). Empty when the pattern has another shape.
std::vector<std::string> TopLevelAlternatives(const std::string& pattern) {
  constexpr std::string_view kOpen = "\\b(?:";
  if (!std::string_view(pattern).starts_with(kOpen) || pattern.empty() || pattern.back() != ')')
    return {};
  const std::string_view inner =
      std::string_view(pattern).substr(kOpen.size(), pattern.size() - kOpen.size() - 1);
  std::vector<std::string> alternatives;
  int depth = 0;
  bool in_class = false;
  size_t start = 0;
  for (size_t i = 0; i < inner.size(); ++i) {
    const char c = inner[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (i + 1 < inner.size() && inner[i + 1] == ']') ++i;  // "[]...]": a literal ]
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return {};
    } else if (c == '|' && depth == 0) {
      alternatives.emplace_back(inner.substr(start, i - start));
      start = i + 1;
    }
  }
  if (depth != 0 || in_class) return {};
  alternatives.emplace_back(inner.substr(start));
  return alternatives;
}

struct Alternatives {
  std::vector<std::unique_ptr<RE2>> patterns;
  std::vector<int> first_group;  // the whole pattern's number of each one's first group, 1-based
  bool usable = false;
};

const Alternatives& SplitPattern() {
  static const Alternatives* split = [] {
    auto* result = new Alternatives();
    const RE2& whole = RelativeTimePattern();
    int groups = 0;
    for (const std::string& alternative : TopLevelAlternatives(whole.pattern())) {
      auto pattern = std::make_unique<RE2>("\\b(?:" + alternative + ")", whole.options());
      if (!pattern->ok()) return result;  // unusable: the whole pattern reads the groups
      result->first_group.push_back(groups + 1);
      groups += pattern->NumberOfCapturingGroups();
      result->patterns.push_back(std::move(pattern));
    }
    // Every group of the whole pattern belongs to exactly one alternative.
    result->usable = !result->patterns.empty() && groups == whole.NumberOfCapturingGroups();
    return result;
  }();
  return *split;
}

}  // namespace

size_t RelativeTimeAlternatives() {
  const Alternatives& split = SplitPattern();
  return split.usable ? split.patterns.size() : 0;
}

bool ReadRelativeTimeGroups(std::string_view text, size_t begin, size_t end,
                            re2::StringPiece* groups, int count) {
  const Alternatives& split = SplitPattern();
  const RE2& whole = RelativeTimePattern();
  if (!split.usable || count < 1 || count > whole.NumberOfCapturingGroups() + 1) {
    return whole.Match(text, begin, end, RE2::ANCHOR_BOTH, groups, count);
  }
  // Which alternative matches depends only on the matched words and on whether a word
  // character touches them on either side (the patterns' only look outside the span is
  // RE2's ASCII \b): remembered per thread, so a repeated "Monday" or "last year" runs one
  // alternative instead of trying them in turn. Bounded: emptied at 16k keys.
  constexpr size_t kMaxRemembered = size_t{1} << 14;
  thread_local StringMap<int> alternative_of;
  const auto word_char = [&](size_t pos) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  std::string key(text.substr(begin, end - begin));
  key += begin > 0 && word_char(begin - 1) ? '\1' : '\0';
  key += end < text.size() && word_char(end) ? '\1' : '\0';
  size_t first = 0, last = split.patterns.size();
  if (const auto it = alternative_of.find(key); it != alternative_of.end()) {
    if (it->second < 0) return false;
    first = static_cast<size_t>(it->second);
    last = first + 1;
  }
  for (size_t a = first; a < last; ++a) {
    const RE2& pattern = *split.patterns[a];
    if (!pattern.Match(text, begin, end, RE2::ANCHOR_BOTH, nullptr, 0)) continue;
    if (last - first > 1) {
      if (alternative_of.size() >= kMaxRemembered) alternative_of.clear();
      alternative_of.emplace(std::move(key), static_cast<int>(a));
    }
    const int own = pattern.NumberOfCapturingGroups();
    std::vector<re2::StringPiece> local(static_cast<size_t>(own) + 1);
    if (!pattern.Match(text, begin, end, RE2::ANCHOR_BOTH, local.data(), own + 1)) return false;
    for (int g = 0; g < count; ++g) groups[g] = re2::StringPiece();
    groups[0] = local[0];
    for (int g = 1; g <= own; ++g) {
      const int at = split.first_group[a] + g - 1;
      if (at < count) groups[at] = local[static_cast<size_t>(g)];
    }
    return true;
  }
  if (last - first > 1) {
    if (alternative_of.size() >= kMaxRemembered) alternative_of.clear();
    alternative_of.emplace(std::move(key), -1);
  }
  return false;
}

}  // namespace crosscheck
