// Synthetic reuse corpora for evaluation and benchmarks: real articles (given as paragraphs)
// edited the way syndication edits them — partial reprints inside other text, dropped
// paragraphs and cut sentences, changed words and case ("NATO" -> "Nato"), inserted stop
// words ("said Friday" -> "said on Friday"), reformatted numbers, added boilerplate — plus
// decoys: unrelated articles that quote the same statement. Every paragraph remembers where
// it came from, so pairs are labelled by construction, not by the detector.
// Built in memory at run time (the source texts stay in ../shared/data). Deterministic for a
// seed. Pure functions, thread-safe; ReadParagraphFiles reads the file system.
#ifndef CROSSCHECK_DEDUP_SYNTHETIC_REUSE_H_
#define CROSSCHECK_DEDUP_SYNTHETIC_REUSE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "model/corpus.h"
#include "model/document.h"

namespace crosscheck {

// Plain-text articles: each file's first line is a headline, paragraphs follow, separated by
// blank lines (the bbc_news_2225 layout). Files in `dir` and its subfolders, sorted by path.
using ParagraphText = std::vector<std::string>;
StatusOr<std::vector<ParagraphText>> ReadParagraphFiles(const std::string& dir);

enum class EditKind : uint8_t {
  kSource,           // an original, unedited
  kNearExactCopy,    // case changes, a boilerplate line
  kPartialReprint,   // 30-60% of the paragraphs inside another article
  kDroppedParagraphs,  // 20-40% of paragraphs dropped, sentences cut
  kWordChanges,      // ~3% words replaced, stop words inserted, numbers reformatted
  kCombined,         // dropped paragraphs + word changes + boilerplate + merged paragraphs
  kQuoteDecoy,       // an unrelated source quoting a statement another decoy also quotes
};
const char* EditKindName(EditKind kind);

struct SyntheticDocument {
  Article article;
  EditKind kind = EditKind::kSource;
  int32_t family = -1;  // index of the source it derives from; -1 for hosts' own text only
  // Words of each source paragraph kept, keyed by (family, paragraph): parallel lists.
  std::vector<uint64_t> source_paragraphs;  // family << 32 | paragraph index
  std::vector<uint32_t> source_paragraph_words;
  uint32_t words = 0;  // total words of the document
};

struct SyntheticOptions {
  uint32_t sources = 400;          // originals to edit. Default: 400.
  uint32_t max_variants = 3;       // 1..max_variants edited copies each. Default: 3.
  uint32_t quote_decoy_pairs = 40;  // pairs of unrelated articles quoting one statement.
  uint32_t seed = 1;
};

// `texts` supplies sources, hosts (filler for partial reprints) and decoys, without reuse:
// every text is used once. Fewer documents come out when `texts` runs short.
std::vector<SyntheticDocument> MakeSyntheticReuseCorpus(const std::vector<ParagraphText>& texts,
                                                         const SyntheticOptions& options);

// Label of a pair by construction: the share of the smaller document's words that both
// kept from the same source paragraphs. An added boilerplate paragraph is not a source:
// furniture carried by many documents is not reused copy (the detector down-weights it, see
// dedup/passage_frequency.h). Positive at >= 0.3, negative under 0.1; between the two
// the edits can push the true containment either side of the detector's 0.2 threshold, so
// evaluations leave such pairs out (and say how many).
double SharedSourceShare(const SyntheticDocument& x, const SyntheticDocument& y);

// A long stream of perturbed real articles, for scaling runs. Document i is text
// i % texts.size() of generation g = i / texts.size(), with every content word mapped
// through generation g's own random permutation of the texts' content vocabulary
// (generation 0 is the texts as they are): each generation is an unrelated corpus with the
// real texts' word and phrase statistics and their own internal reuse. Every tenth document
// (i % 10 == 9) is instead a light edit of document i - 1 (case changes, ~3% of words
// replaced, stop words inserted): the planted pairs. Deterministic for a seed.
struct PerturbedStream {
  std::vector<Article> articles;
  std::vector<std::pair<DocIndex, DocIndex>> planted;  // (i - 1, i), ascending
  size_t generation_size = 0;  // documents per generation: texts.size()
};
PerturbedStream MakePerturbedStream(const std::vector<ParagraphText>& texts, size_t count, uint32_t seed = 1);

// A news stream for end-to-end scaling runs (`make_stream`, scripts/bench/stream.sh): stories
// of 1 to 12 documents (mean ~4), each story a real article of generation g (content words
// mapped through generation g's own permutation of the vocabulary, as in MakePerturbedStream,
// so later generations are new stories with the real texts' statistics) told by several
// outlets: the first document is the article, the others edited copies (near-exact copies,
// partial reprints inside another article, dropped paragraphs, changed words, combined), or
// with one chance in three an unrelated rewrite of the same event (another text of the
// generation around the story's first paragraph). Stories start `stories_per_day` a day from
// 2024-01-01 and their documents are published over three days; documents come out story by
// story, their dates and outlets on each. Deterministic for a seed; memory is the texts and
// one vocabulary mapping, whatever the count.
struct StreamDocument {
  std::string id, title, text, published, outlet, url;
  uint64_t story = 0;
};

class NewsStreamGenerator {
 public:
  NewsStreamGenerator(const std::vector<ParagraphText>* texts, uint32_t seed = 1,
                      uint32_t stories_per_day = 400);
  ~NewsStreamGenerator();
  NewsStreamGenerator(const NewsStreamGenerator&) = delete;
  NewsStreamGenerator& operator=(const NewsStreamGenerator&) = delete;
  // The next document; false only when the texts are empty.
  bool Next(StreamDocument* document);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_SYNTHETIC_REUSE_H_
