// Time annotator: dates and times in the body, resolved against the article's publication
// date to TIMEX3-style values.
//   absolute  — every date FindDate (base/date.h) knows ("Oct 18, 2024", "18 October"); a
//               missing year is the one that puts the date closest to publication;
//   weekdays  — "Friday", "on Wednesday", "last Monday": the tense cue nearest in the
//               sentence decides ("will meet Friday": the coming one); with none, news
//               reports the past, so the most recent such day ("next Monday": the first after);
//               "Wednesday night", "this morning" add TimeML's TNI/TMO/TAF/TEV;
//   refs      — now/currently -> PRESENT_REF, recently -> PAST_REF (data/lexicons/time_refs);
//   quarters  — "the third quarter" -> 2024-Q3, "the quarter" -> the last full one, "a year
//               earlier" after a quarter -> that quarter a year before; "the year ended
//               June 30" -> P1Y (an accounting year's length);
//   ranges    — "from the 8th to the 13th (of October)" -> two dates;
//   deictic   — today, yesterday, tomorrow, tonight;
//   holidays  — "Christmas", "Thanksgiving", "Good Friday" (time_holidays.h): the day nearest
//               publication;
//   periods   — this/last/next/past week|month|year, "earlier this month" (2024-W42, 2024-10),
//               "the end of the year" (2024), "the second half of 1999" (1999-H2);
//   months    — "in June", "since last August": the latest such month not after publication;
//               "June last year" -> 2023-06; "the summer of 1996" -> 1996-SU;
//   years     — "in 2022", "Russia's 2022 invasion"; "two years ago" -> 2022;
//   durations — "for two years", "three months", "a two-year term", "three hours" -> P2Y,
//               P3M, P2Y, PT3H (ages such as "a 6-year-old" are not times); halves: "two and
//               a half years" -> P2Y6M, "half an hour" -> PT30M;
//   clocks    — "10:38 AM", "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", noon -> date + T22:00;
//   also      — seasons ("this summer" -> 2024-SU), decades ("the 1990s" -> 199), centuries,
//               spelled years ("nineteen ninety-six"), "recent months" (PXM), "coming weeks"
//               (FUTURE_REF), sets ("each year" P1Y, "every Thursday"), "the next day" and
//               "the following year" from the last date written; a future tense moves a
//               yearless date or a month forward ("will meet on 30 October").
// Without a publication date, relative values keep X placeholders (XXXX-WXX-5, XXXX-06); a
// date that carries its year is still resolved. The values come from time_values.h.
// Immutable; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_TIMES_H_
#define CROSSCHECK_ANNOTATE_TIMES_H_

#include <string_view>

#include "annotate/annotator.h"
#include "base/date.h"

namespace crosscheck {

class TimeAnnotator : public Annotator {
 public:
  void Annotate(const Article& article, const TextReading& reading,
                Annotations& out) const override;
};

// Calendar arithmetic used by the resolver (exposed for tests and reconcile); day counts
// are DaysFromCivil / CivilFromDays in base/date.h.
int IsoWeekday(const Date& date);                 // Monday = 1 .. Sunday = 7
std::string IsoWeekValue(const Date& date);       // "2024-W42"

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_TIMES_H_
