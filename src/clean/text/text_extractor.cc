// The text extractor: main content and metadata from text that was flattened from a page.
//
// Steps: split into paragraphs and measure them (text_lines), classify them and find the
// main article region, the densest run of sentence-shaped lines (line_classifier), keep the
// prose and subheads inside it, then read the title, date, outlet, byline, credits and
// captions around it (text_metadata). Captions never join the body; a caption printed twice
// is kept once.
#include <memory>
#include <utility>

#include "clean/extractor.h"
#include "clean/text/line_classifier.h"
#include "clean/text/text_lines.h"
#include "clean/text/text_metadata.h"

namespace crosscheck {
namespace {

Block MakeBlock(const text::Paragraph& paragraph, BlockKind kind) {
  Block block;
  block.kind = kind;
  block.text = paragraph.text;
  block.source_begin = paragraph.begin;
  block.source_end = paragraph.end;
  return block;
}

class TextExtractor final : public Extractor {
 public:
  StatusOr<Article> Extract(const Document& document) const override {
    // Offsets are uint32_t in the model: refuse what they cannot address.
    if (document.content.size() > UINT32_MAX) {
      return ResourceExhaustedError(document.id + ": text larger than 4 GiB");
    }
    const std::vector<text::Paragraph> paragraphs = text::SplitParagraphs(document.content);
    if (paragraphs.empty()) return EmptyError(document.id + ": no text");
    const std::vector<text::ParagraphClass> classes = text::ClassifyParagraphs(paragraphs);
    const std::optional<text::Region> region = text::FindMainRegion(paragraphs, classes);
    if (!region) return EmptyError(document.id + ": no article text (only menus, links or notices)");

    text::PageMetadata metadata = text::FindMetadata(paragraphs, classes, *region);
    Article article;
    article.id = document.id;
    article.source = document.source;
    article.input_bytes = document.input_bytes;
    article.title = std::move(metadata.title);
    article.published = metadata.published;
    article.published_from = metadata.published_from;
    article.outlet = std::move(metadata.outlet);
    article.byline = std::move(metadata.byline);
    article.credits = std::move(metadata.credits);

    std::vector<bool> is_caption(paragraphs.size(), false);
    for (size_t idx : metadata.caption_paragraphs) {
      is_caption[idx] = true;
      article.captions.push_back(MakeBlock(paragraphs[idx], BlockKind::kCaption));
    }
    for (size_t idx : text::SelectBody(paragraphs, classes, *region)) {
      if (is_caption[idx]) continue;
      const text::Paragraph& paragraph = paragraphs[idx];
      const bool heading = classes[idx] == text::ParagraphClass::kShort && text::LooksLikeHeading(paragraph);
      article.blocks.push_back(MakeBlock(paragraph, heading ? BlockKind::kHeading
                                                   : paragraph.bullet ? BlockKind::kListItem
                                                                      : BlockKind::kParagraph));
    }
    if (article.blocks.empty()) return EmptyError(document.id + ": no article text");
    return article;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewTextExtractor() { return std::make_unique<TextExtractor>(); }

}  // namespace crosscheck
