#include "clean/html/content_select.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "clean/html/text_util.h"

namespace crosscheck::html {
namespace {

// A block shorter than this gives no points (readability's 25 characters).
constexpr size_t kMinScoredBytes = 25;
// How many enclosing elements receive a block's points.
constexpr int kScoredAncestors = 5;
// Candidates within this share of the best one count as alternatives.
constexpr double kAlternativeShare = 0.75;
constexpr int kAlternativesToClimb = 3;
constexpr size_t kTopAlternatives = 5;
// A block this short in an element whose class/id names boilerplate is dropped.
constexpr size_t kMaxLabelledBoilerplateBytes = 100;

double LinkDensity(const LayoutNode& node) {
  return node.text_chars == 0 ? 0.0 : static_cast<double>(node.link_chars) / node.text_chars;
}

int TagPrior(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
  }
}

bool IsAncestor(const std::vector<LayoutNode>& nodes, int32_t ancestor, int32_t node) {
  for (int32_t current = node; current != kNoNode; current = nodes[current].parent) {
    if (current == ancestor) return true;
  }
  return false;
}

struct Scores {
  std::vector<double> value;
  std::vector<bool> scored;
};

Scores ScoreNodes(const PageLayout& layout) {
  const auto& nodes = layout.nodes;
  Scores scores{std::vector<double>(nodes.size(), 0.0), std::vector<bool>(nodes.size(), false)};
  for (const TextBlock& block : layout.blocks) {
    if (block.kind == BlockKind::kCaption || block.node == kNoNode) continue;
    if (block.text.size() < kMinScoredBytes) continue;
    double points = 1.0 + CountCommas(block.text) +
                    std::min(std::floor(block.text.size() / 100.0), 3.0);
    int32_t ancestor = nodes[block.node].parent;
    for (int level = 0; level < kScoredAncestors && ancestor != kNoNode; ++level) {
      if (!scores.scored[ancestor]) {
        scores.scored[ancestor] = true;
        scores.value[ancestor] = TagPrior(nodes[ancestor].tag) + nodes[ancestor].class_weight;
      }
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      scores.value[ancestor] += points / divider;
      ancestor = nodes[ancestor].parent;
    }
  }
  for (size_t index = 0; index < nodes.size(); ++index) {
    if (scores.scored[index]) scores.value[index] *= 1.0 - LinkDensity(nodes[index]);
  }
  return scores;
}

int32_t FindTopCandidate(const PageLayout& layout, const Scores& scores) {
  const auto& nodes = layout.nodes;
  std::vector<int32_t> ranked;
  for (size_t index = 0; index < nodes.size(); ++index) {
    if (scores.scored[index]) ranked.push_back(static_cast<int32_t>(index));
  }
  if (ranked.empty()) return kNoNode;
  size_t keep = std::min(kTopAlternatives, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                    [&](int32_t a, int32_t b) { return scores.value[a] > scores.value[b]; });
  int32_t top = ranked[0];
  double top_score = scores.value[top];

  // Several near-best candidates under one ancestor: the ancestor is the article.
  std::vector<int32_t> alternatives;
  for (size_t rank = 1; rank < keep; ++rank) {
    if (scores.value[ranked[rank]] >= top_score * kAlternativeShare) alternatives.push_back(ranked[rank]);
  }
  if (static_cast<int>(alternatives.size()) >= kAlternativesToClimb) {
    for (int32_t parent = nodes[top].parent; parent != kNoNode && nodes[parent].tag != GUMBO_TAG_BODY;
         parent = nodes[parent].parent) {
      int containing = 0;
      for (int32_t alternative : alternatives) containing += IsAncestor(nodes, parent, alternative);
      if (containing >= kAlternativesToClimb) {
        top = parent;
        break;
      }
    }
  }
  // Climb while the parent scores higher (the article's text is split between children).
  double last_score = scores.value[top];
  double threshold = last_score / 3;
  for (int32_t parent = nodes[top].parent; parent != kNoNode && nodes[parent].tag != GUMBO_TAG_BODY;
       parent = nodes[parent].parent) {
    if (!scores.scored[parent]) continue;
    double parent_score = scores.value[parent];
    if (parent_score < threshold) break;
    if (parent_score > last_score) {
      top = parent;
      break;
    }
    last_score = parent_score;
  }
  // An only child stands for its parent.
  while (nodes[top].parent != kNoNode && nodes[nodes[top].parent].tag != GUMBO_TAG_BODY &&
         nodes[nodes[top].parent].first_child == top && nodes[top].next_sibling == kNoNode) {
    top = nodes[top].parent;
  }
  return top;
}

// The roots of the article: the top candidate and the siblings that look like its text.
std::vector<int32_t> ArticleRoots(const PageLayout& layout, const Scores& scores, int32_t top) {
  const auto& nodes = layout.nodes;
  int32_t parent = nodes[top].parent;
  if (parent == kNoNode) return {top};
  double threshold = std::max(10.0, scores.value[top] * 0.2);
  std::vector<int32_t> roots;
  for (int32_t sibling = nodes[parent].first_child; sibling != kNoNode;
       sibling = nodes[sibling].next_sibling) {
    const LayoutNode& node = nodes[sibling];
    bool keep = sibling == top;
    if (!keep && scores.scored[sibling] && scores.value[sibling] >= threshold) keep = true;
    if (!keep && node.tag == GUMBO_TAG_P && node.text_chars > 0) {
      double density = LinkDensity(node);
      keep = (node.text_chars > 80 && density < 0.25) || (node.text_chars <= 80 && density == 0);
    }
    if (keep) roots.push_back(sibling);
  }
  return roots;
}

bool IsConditionallyCleaned(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_FORM: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_DL: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIELDSET:
      return true;
    default:
      return false;
  }
}

// Readability's _cleanConditionally, on subtree totals.
bool ShouldRemove(const LayoutNode& node, double score, bool inside_figure) {
  int weight = node.class_weight;
  // The score rescues a wrapper whose class looks negative but which holds paragraphs;
  // a negative score (a short list's tag prior) condemns nothing by itself.
  if (weight + std::max(score, 0.0) < 0) return true;
  if (node.commas >= 10) return false;
  bool is_list = node.tag == GUMBO_TAG_UL || node.tag == GUMBO_TAG_OL;
  double paragraphs = node.paragraphs;
  double images = node.images;
  double list_items = static_cast<double>(node.list_items) - 100;
  double density = LinkDensity(node);
  uint32_t length = node.text_chars;
  if (node.images > 1 && paragraphs / images < 0.5 && !inside_figure) return true;
  if (!is_list && list_items > paragraphs) return true;
  if (node.inputs > node.paragraphs / 3) return true;
  if (!is_list && node.headings == 0 && length < kMinScoredBytes &&
      (node.images == 0 || node.images > 2) && !inside_figure) {
    return true;
  }
  if (!is_list && weight < 25 && density > 0.2) return true;
  if (weight >= 25 && density > 0.5) return true;
  if ((node.embeds == 1 && length < 75) || node.embeds > 1) return true;
  return false;
}

// A wrapper holding most of the article's text is the article, whatever its class says.
bool HoldsMostOf(const LayoutNode& node, const LayoutNode& top) {
  return node.text_chars * 2 > top.text_chars;
}

bool SameText(std::string_view a, std::string_view b) {
  return !a.empty() && LowerAscii(a) == LowerAscii(b);
}

Block ToBlock(const TextBlock& text_block) {
  Block block;
  block.kind = text_block.kind;
  block.text = text_block.text;
  block.source_begin = text_block.source_begin;
  block.source_end = text_block.source_end;
  return block;
}

}  // namespace

SelectedContent SelectMainContent(const PageLayout& layout, std::string_view title) {
  SelectedContent selected;
  const auto& nodes = layout.nodes;
  if (nodes.empty()) return selected;
  Scores scores = ScoreNodes(layout);
  int32_t top = FindTopCandidate(layout, scores);
  selected.container = top;

  // in_article: inside a kept root and not conditionally cleaned. Pre-order lets one forward
  // pass decide each node from its parent.
  std::vector<bool> in_article(nodes.size(), top == kNoNode);
  std::vector<bool> in_figure(nodes.size(), false);
  if (top != kNoNode) {
    for (int32_t root : ArticleRoots(layout, scores, top)) in_article[root] = true;
    std::vector<bool> root_flag = in_article;
    for (size_t index = 0; index < nodes.size(); ++index) {
      const LayoutNode& node = nodes[index];
      bool parent_in = node.parent != kNoNode && in_article[node.parent];
      in_figure[index] = node.tag == GUMBO_TAG_FIGURE ||
                         (node.parent != kNoNode && in_figure[node.parent]);
      if (!root_flag[index]) in_article[index] = parent_in;
      if (in_article[index] && !root_flag[index] && IsConditionallyCleaned(node.tag) &&
          !HoldsMostOf(node, nodes[top]) &&
          ShouldRemove(node, scores.value[index], node.parent != kNoNode && in_figure[node.parent])) {
        in_article[index] = false;
      }
    }
  }

  // Short blocks whose own element is named as boilerplate (byline, credit, tags, meta).
  auto is_labelled_boilerplate = [&](const TextBlock& block) {
    return block.text.size() < kMaxLabelledBoilerplateBytes && nodes[block.node].class_weight < 0;
  };
  std::unordered_set<std::string> seen_captions;
  for (const TextBlock& text_block : layout.blocks) {
    if (text_block.node == kNoNode || !in_article[text_block.node]) continue;
    if (text_block.kind == BlockKind::kCaption) {
      if (seen_captions.insert(text_block.text).second) selected.captions.push_back(ToBlock(text_block));
      continue;
    }
    if (text_block.kind == BlockKind::kHeading && SameText(text_block.text, title)) continue;
    if (is_labelled_boilerplate(text_block)) continue;
    double density = text_block.text.empty()
                         ? 0.0
                         : static_cast<double>(text_block.link_chars) / text_block.text.size();
    if (density > 0.5 && text_block.kind != BlockKind::kHeading) continue;
    selected.blocks.push_back(ToBlock(text_block));
  }
  // Headings that close the article introduce what follows it (related links), not text.
  while (!selected.blocks.empty() && selected.blocks.back().kind == BlockKind::kHeading) {
    selected.blocks.pop_back();
  }
  // A caption repeated in the body is body text; keep it there only.
  if (!selected.captions.empty()) {
    std::unordered_set<std::string> body_texts;
    for (const Block& block : selected.blocks) body_texts.insert(block.text);
    std::erase_if(selected.captions, [&](const Block& caption) { return body_texts.count(caption.text) > 0; });
  }
  for (const Block& block : selected.blocks) selected.body_bytes += block.text.size();
  return selected;
}

}  // namespace crosscheck::html
