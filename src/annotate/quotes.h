// Quote annotator: direct and partial quotes in quotation marks (“ ” " « » „, and ‘ ’ or
// single straight quotes for short phrases; two straight apostrophes '' count as "), including
// quotes that run over several sentences and paragraphs (a paragraph left open continues at the
// next paragraph's opening mark), and indirect speech ("X said that …", "…, X said.", "According to
// X, …"). Kinds: direct — the quotation opens its sentence or follows a reporting verb (`said:
// "…"`); partial — a phrase inside a sentence (would mark a “significant escalation”); indirect —
// reported speech without marks. Speakers come from the cue next to the quote (see
// speakers.h); a direct quote with no cue continues the previous quote's speaker when it sits
// in the same paragraph or opens the next one. Needs the entity annotator's mentions.
// Documents in another language than English (Article::language) get their marks paired by
// kind („…“, »…«, « … », 「…」) and their direct quotes' speakers from data/lang
// (quote_languages.h); no English cue or reported-speech rule reads them.
// Immutable; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_QUOTES_H_
#define CROSSCHECK_ANNOTATE_QUOTES_H_

#include <string_view>
#include <vector>

#include "annotate/annotator.h"

namespace crosscheck {

class QuoteAnnotator : public Annotator {
 public:
  void Annotate(const Article& article, const TextReading& reading,
                Annotations& out) const override;
};

// A quotation found by its marks: the quoted words' pieces (one per paragraph, marks
// excluded) and the marks' outer span.
struct QuotedPassage {
  std::vector<Span> pieces;
  Span marks;  // from the first opening mark to the last closing mark (or paragraph end)
  bool single_marks = false;  // ‘…’ or '…' (phrases and headlines, never continued speech)
};

// Every quotation in the read body, in order, found paragraph by paragraph. Apostrophes
// ("North Korea’s", "they're") are not marks.
std::vector<QuotedPassage> FindQuotedPassages(const TextReading& reading);

// The span each passage's words cover, from its first piece to its last: where no pronoun
// or role antecedent is taken from (SpeakerFinder's `quoted`).
std::vector<Span> QuotedSpans(const std::vector<QuotedPassage>& passages);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUOTES_H_
