// Paragraph classes and the main article region of a flattened page.
//
// ClassifyParagraphs labels each paragraph from its own features (jusText-style: long
// prose with many stop words is content, short lines are undecided, list items, link titles,
// truncated teasers and boilerplate phrases are furniture), then looks at neighbours: runs
// of short lines without a blank between them are link lists, and a line printed twice in a
// row is an image caption.
//
// FindMainRegion picks the densest run of content: the contiguous range of paragraphs with
// the highest total score (prose counts for, furniture against, "Comments"/"Related" markers
// strongly against), then SelectBody keeps the prose inside it and the short subheads that
// introduce more prose. Pure functions; thread-safe.
#ifndef CROSSCHECK_CLEAN_TEXT_LINE_CLASSIFIER_H_
#define CROSSCHECK_CLEAN_TEXT_LINE_CLASSIFIER_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "clean/text/text_lines.h"

namespace crosscheck::text {

enum class ParagraphClass : uint8_t {
  kGood,         // prose: long, sentence-shaped, many stop words
  kNearGood,     // prose-like but shorter or with fewer stop words
  kShort,        // undecided: a heading, a short sentence, a label
  kBad,          // furniture: link titles, lists, boilerplate, dates, truncated teasers
  kLowProse,     // long text with few stop words: a data or table line, a product name, or a
                 // link title outside a list; counts as furniture unless next to the article
  kEndMarker,    // "Comments are closed", "Related:", "Most read": the article is over
  kCaption,      // image caption (kept once, apart from the body): printed twice in a row, or
                 // with a caption cue ("Photo by ...", "... (Image: Getty)")
  kDuplicate,    // the second copy of a caption
  kBoxItem,      // a headline in a link box under a label ("Related", "Trending") inside the
                 // article: not kept, and neutral for the region, which goes on after the box
};

const char* ParagraphClassName(ParagraphClass cls);

// Per paragraph, parallel to `paragraphs`.
std::vector<ParagraphClass> ClassifyParagraphs(const std::vector<Paragraph>& paragraphs);

struct Region {
  size_t begin = 0;     // first paragraph index
  size_t end = 0;       // one past the last (core plus extension)
  size_t core_end = 0;  // one past the last paragraph of the densest run; [core_end, end) is
                        // the extension: lists, table rows and data lines that continue it
};

// The main article region, or nullopt when no paragraph looks like prose: the densest run
// of prose, extended forward over the lines that continue it (list items, table rows, data
// lines, a short inline box) up to the first end marker, notice or link list.
std::optional<Region> FindMainRegion(const std::vector<Paragraph>& paragraphs,
                                     const std::vector<ParagraphClass>& classes);

// Indices of the paragraphs of `region` that belong to the body, in order.
std::vector<size_t> SelectBody(const std::vector<Paragraph>& paragraphs,
                               const std::vector<ParagraphClass>& classes, Region region);

// Whether a kept short paragraph reads as a subhead (no final period, few words).
bool LooksLikeHeading(const Paragraph& paragraph);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_CLEAN_TEXT_LINE_CLASSIFIER_H_
