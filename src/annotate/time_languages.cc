#include "annotate/time_languages.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

#include "annotate/language_data.h"
#include "annotate/quantity_languages.h"
#include "annotate/time_values.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

// Spans taken by time mentions, ordered by begin (they never overlap one another).
class TakenSpans {
 public:
  explicit TakenSpans(const std::vector<TimeMention>& mentions) {
    for (const TimeMention& m : mentions) spans_.emplace(m.span.begin, m.span.end);
  }
  // Takes `span` unless it overlaps one already taken.
  bool Take(Span span) {
    auto next = spans_.lower_bound({span.begin, 0});
    if (next != spans_.end() && next->first < span.end) return false;
    if (next != spans_.begin() && std::prev(next)->second > span.begin) return false;
    spans_.emplace(span.begin, span.end);
    return true;
  }

 private:
  std::set<std::pair<uint32_t, uint32_t>> spans_;
};

}  // namespace

LanguageDates::LanguageDates(std::string_view language) {
  const std::string folder = "lang/" + std::string(language) + "/";
  if (const LanguageNumbers* numbers = LanguageNumbers::For(language))
    unspaced_ = numbers->unspaced();
  for (std::string_view line : LexiconEntries(folder + "dates")) {
    const std::vector<std::string_view> fields = LexiconFields(line);
    if (fields.size() < 3) continue;
    Entry entry;
    entry.text = std::string(fields[1]);
    entry.words = LowerWords(fields[1]);
    if (entry.words.empty()) continue;
    if (fields[0] == "weekday") {
      entry.kind = Kind::kWeekday;
      entry.weekday = std::clamp(std::atoi(std::string(fields[2]).c_str()), 0, 7);
      if (entry.weekday == 0) continue;
    } else if (fields[0] == "deictic") {
      entry.kind = Kind::kDeictic;
      entry.what = std::string(fields[2]);
    } else if (fields[0] == "period" && fields.size() >= 4) {
      entry.kind = Kind::kPeriod;
      entry.modifier = std::string(fields[2]);
      entry.what = std::string(fields[3]);
    } else {
      continue;
    }
    entries_.push_back(std::move(entry));
  }
  // Longest first, so "la semaine dernière" wins over a shorter entry inside it; at equal
  // length a period before a weekday ("上周一切": last week, then "一切", not Monday).
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    if (a.text.size() != b.text.size()) return a.text.size() > b.text.size();
    return static_cast<int>(a.kind) > static_cast<int>(b.kind);
  });
}

const LanguageDates* LanguageDates::For(std::string_view language) {
  return LanguageReader<LanguageDates>(language, "dates");
}

void LanguageDates::Annotate(const TextReading& reading, const Date& published,
                             std::vector<TimeMention>& out) const {
  const std::string_view body = reading.body();
  TakenSpans taken(out);
  const auto add = [&](const Entry& entry, Span span, size_t sentence) {
    if (!taken.Take(span)) return;
    TimeValue value;
    if (entry.kind == Kind::kWeekday) {
      WeekdayValue("", entry.weekday, Tense::kUnknown, published, value);
    } else if (entry.kind == Kind::kDeictic) {
      DeicticValue(entry.what, published, value);
    } else {
      PeriodValue(entry.modifier, entry.what, published, value);
    }
    if (value.value.empty()) return;
    TimeMention mention;
    mention.span = span;
    mention.text = std::string(body.substr(span.begin, span.size()));
    mention.type = value.type;
    mention.value = std::move(value.value);
    mention.sentence = reading.sentences()[sentence];
    out.push_back(std::move(mention));
  };
  for (size_t s = 0; s < reading.sentences().size(); ++s) {
    const Span sentence = reading.sentences()[s];
    if (unspaced_) {
      const std::string_view text = body.substr(sentence.begin, sentence.size());
      for (const Entry& entry : entries_) {
        for (size_t at = text.find(entry.text); at != std::string_view::npos;
             at = text.find(entry.text, at + entry.text.size())) {
          const uint32_t begin = sentence.begin + static_cast<uint32_t>(at);
          add(entry, {begin, begin + static_cast<uint32_t>(entry.text.size())}, s);
        }
      }
      continue;
    }
    const std::vector<Token>& tokens = reading.SentenceTokens(s);
    std::vector<std::string> lower;
    lower.reserve(tokens.size());
    for (const Token& t : tokens) lower.push_back(LowerWord(reading.Text(t)));
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::kWord) continue;
      for (const Entry& entry : entries_) {
        if (i + entry.words.size() > tokens.size() ||
            !std::equal(entry.words.begin(), entry.words.end(),
                        lower.begin() + static_cast<std::ptrdiff_t>(i)))
          continue;
        // A capitalised deictic word inside a sentence is a noun ("heute Morgen": morning),
        // not the word for tomorrow.
        if (entry.kind == Kind::kDeictic && i > 0 && tokens[i].capitalized) continue;
        add(entry, {tokens[i].begin, tokens[i + entry.words.size() - 1].end}, s);
        break;
      }
    }
  }
}

}  // namespace crosscheck
