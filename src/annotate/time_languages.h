// Relative dates in languages other than English, from data/lang/<code>/dates.txt: weekdays
// ("am Freitag", "в пятницу", "周五"), today/yesterday/tomorrow ("gestern", "hier", "昨天")
// and last/this/next week, month or year ("letzte Woche", "la semana pasada", "上周"),
// resolved against the publication date as the English ones are (time_values.h): a weekday
// is the most recent such day, a week an ISO week. Without a publication date the values keep
// their X placeholders. Absolute dates in every language are read by base/date.h. Immutable;
// For() returns shared instances, safe across threads.
#ifndef CROSSCHECK_ANNOTATE_TIME_LANGUAGES_H_
#define CROSSCHECK_ANNOTATE_TIME_LANGUAGES_H_

#include <string>
#include <string_view>
#include <vector>

#include "annotate/reading.h"
#include "base/date.h"
#include "model/annotations.h"

namespace crosscheck {

class LanguageDates {
 public:
  // The reader for `language`, or nullptr when data/lang has no dates.txt for it.
  static const LanguageDates* For(std::string_view language);
  explicit LanguageDates(std::string_view language);

  // Appends the relative dates of the body to `out`, none overlapping a mention already in it
  // (the caller sorts).
  void Annotate(const TextReading& reading, const Date& published,
                std::vector<TimeMention>& out) const;

 private:
  enum class Kind { kWeekday, kDeictic, kPeriod };
  struct Entry {
    std::vector<std::string> words;  // lower case
    std::string text;                // as written in the data, for unspaced search
    Kind kind = Kind::kWeekday;
    int weekday = 0;
    std::string what;      // deictic: today|yesterday|tomorrow; period: week|month|year
    std::string modifier;  // period: last|this|next
  };
  std::vector<Entry> entries_;
  bool unspaced_ = false;  // words not spaced (zh, ja, ko, as numbers.txt says): substrings
};

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_TIME_LANGUAGES_H_
