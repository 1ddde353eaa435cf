// Metadata of a flattened page, read from the lines around the main region: the title (the
// nearest title-shaped line above the article), the publication date and where it came
// from (a "Published …" or timestamp line, a dateline "City, Oct 18 (AFP)", a URL), the
// outlet ("© outlet", a "Site.com - Tagline" banner), the byline, the credits (wire agencies
// in structural positions, via FindCredits) and the captions (lines printed twice, photo
// credits), which never join the body. Pure function; thread-safe.
#ifndef CROSSCHECK_CLEAN_TEXT_TEXT_METADATA_H_
#define CROSSCHECK_CLEAN_TEXT_TEXT_METADATA_H_

#include <string>
#include <vector>

#include "clean/text/line_classifier.h"
#include "clean/text/text_lines.h"
#include "model/document.h"

namespace crosscheck::text {

struct PageMetadata {
  std::string title;
  Date published;
  DateSource published_from = DateSource::kNone;
  std::string outlet;
  std::string byline;
  std::vector<std::string> credits;     // canonical agency names, in document order
  std::vector<size_t> caption_paragraphs;  // indices of caption / photo-credit paragraphs
};

PageMetadata FindMetadata(const std::vector<Paragraph>& paragraphs,
                          const std::vector<ParagraphClass>& classes, Region region);

// Whether the paragraph is a picture credit ("Photo: Reuters", "Image credit: …").
bool IsPhotoCredit(const Paragraph& paragraph);

// Whether the paragraph is a byline with its trimmings ("By Jane Doe | Example Media",
// "By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m."): a byline label, a capitalized
// name, and either few words or a date or a '|' after it; not a sentence ("By Monday, the
// council had voted.").
bool IsBylineLine(const Paragraph& paragraph);

// Whether the paragraph is a heading that opens the end matter of an article: a closing
// label of page_labels alone ("About the author", "Sources:", "Quellen"), or an "about"
// label and a name of two or three capitalized words ("About Jane Doe", "Über Max Muster").
// A company's "About Example" is not one: press releases keep that blurb.
bool IsClosingHeading(const Paragraph& paragraph);

// Whether the paragraph is a short label that ends with a "more" word of page_labels
// ("More:", "Impeachment Inquiry More", "Mehr"): the label of a box of other stories' links.
bool IsMoreLabel(const Paragraph& paragraph);

// Whether the paragraph is a site banner ("Example.com - Your News Source").
bool IsSiteNameLine(const Paragraph& paragraph, std::string* site = nullptr);

// The first date with a year in `text` (a day-month date with no year is skipped).
std::optional<DateMatch> FindDateWithYear(std::string_view text);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_CLEAN_TEXT_TEXT_METADATA_H_
