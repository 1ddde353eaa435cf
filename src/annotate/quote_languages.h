// Speakers of quotations in languages other than English, from each language's data in
// data/lang/<code>/ (data/lang/README.md): verbs of saying, words that name a source,
// pronouns, determiners and the words that end a speaker phrase. The reader knows the word
// orders news in these languages uses around a quotation:
//   after it:  „…“, sagte Kremlsprecher X.   « … », a déclaré le ministre X.   «…», dijo X.
//              «…», — заявил X.   „…“, so X.   « … », selon X.   „…“, sagte er.   « … », dit-il.
//   before it: X sagte: „…“   Am Freitag sagte X: „…“   X a déclaré : « … »   X заявил: «…»
// A pronoun stands for the previous quotation's speaker nearby; when nothing fits, the
// speaker stays unknown. English text is read by speakers.h and indirect.h instead.
// Immutable after construction; For() returns shared instances, safe across threads.
#ifndef CROSSCHECK_ANNOTATE_QUOTE_LANGUAGES_H_
#define CROSSCHECK_ANNOTATE_QUOTE_LANGUAGES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/language_data.h"
#include "annotate/reading.h"
#include "model/annotations.h"

namespace crosscheck {

class LanguageQuotes {
 public:
  // The reader for `language` (an ISO 639-1 code), or nullptr when data/lang has no verbs of
  // saying for it.
  static const LanguageQuotes* For(std::string_view language);

  // Attributes the quotation whose marks span `marks` (from the opening mark to the closing
  // one): fills quote's speaker, speaker_text, speaker_name, cue and cue_text and returns
  // true when a verb of saying or a source word stands next to the marks. `previous` is the
  // last quotation attributed before this one (a pronoun's antecedent), or nullptr.
  bool Attribute(const TextReading& reading, const std::vector<EntityMention>& entities, Span marks,
                 const QuoteMention* previous, QuoteMention& quote) const;

  explicit LanguageQuotes(std::string_view language);  // reads data/lang/<language>/

 private:
  using Words = std::vector<std::string>;
  struct Match {
    size_t first = 0, last = 0;  // tokens [first, last)
  };
  struct Phrase {
    size_t first = 0, last = 0;  // tokens [first, last); empty when none
    bool pronoun = false;
  };

  // Entries of `list` (several words each) matching the tokens from `first`: the longest.
  bool MatchAt(const std::unordered_map<std::string, std::vector<Words>>& list,
               const std::vector<std::string>& lower, size_t first, Match& match) const;
  // The speaker phrase that starts at tokens[first] and ends before `limit`.
  Phrase PhraseFrom(const TextReading& reading, const std::vector<Token>& tokens,
                    const std::vector<std::string>& lower, size_t first, size_t limit) const;
  // The subject phrase that ends right before tokens[end].
  Phrase PhraseBefore(const TextReading& reading, const std::vector<Token>& tokens,
                      const std::vector<std::string>& lower, size_t end) const;
  // The speaker of the last verb of saying in tokens[0, end) (its subject), filled into the
  // quote; false when there is none or it names nobody.
  bool FromVerbIn(const TextReading& reading, const std::vector<EntityMention>& entities,
                  const std::vector<Token>& tokens, const std::vector<std::string>& lower,
                  size_t end, const QuoteMention* previous, QuoteMention& quote) const;
  // Fills the quote from a found cue and phrase; false when the phrase names nobody.
  bool Fill(const TextReading& reading, const std::vector<EntityMention>& entities,
            const std::vector<Token>& tokens, Match cue, Phrase phrase,
            const QuoteMention* previous, QuoteMention& quote) const;
  // Languages written without spaces between words (data/lang/<code>/unspaced.txt): the
  // speaker read from the characters around the marks.
  bool AttributeUnspaced(const TextReading& reading, const std::vector<EntityMention>& entities,
                         Span marks, const QuoteMention* previous, QuoteMention& quote) const;
  bool IsPronoun(std::string_view lower_word) const;
  // `name` from its first given name on, when a word before that is a role.
  static std::string FromGivenName(const std::string& name);
  bool IsTitle(std::string_view lower_word) const;  // "ministerin", "regierungssprecher"
  // Whether a word of `name` is a scale or unit of the language ("Millionen Euro").
  bool NamesAnAmount(std::string_view name) const;

  std::unordered_map<std::string, std::vector<Words>> verbs_;      // by first word
  std::unordered_map<std::string, std::vector<Words>> according_;  // by first word
  std::unordered_set<std::string> pronouns_, articles_, stops_, links_, titles_;
  std::vector<std::string> title_suffixes_;
  std::unordered_set<std::string> amount_words_;  // scales and units: "millionen", "euro"
  // Unspaced languages: "speaker_verb" (毛宁表示，“…”) or "quote_then_verb" (X는 "…"라고
  // 말했다); empty for spaced ones.
  std::string unspaced_order_;
  std::vector<std::string> links_after_quote_, topic_markers_;
  std::vector<std::string> verb_forms_;  // verbs of saying as written, longest first
};

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUOTE_LANGUAGES_H_
