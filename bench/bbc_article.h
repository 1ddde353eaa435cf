// One article of ../shared/data/bbc_news_2225 as the benchmarks read it: the first non-blank
// line is the title, every other non-blank line a paragraph; the id is "<category>/<file stem>".
#ifndef CROSSCHECK_BENCH_BBC_ARTICLE_H_
#define CROSSCHECK_BENCH_BBC_ARTICLE_H_

#include <filesystem>
#include <fstream>
#include <string>

#include "model/document.h"

namespace crosscheck {

inline Article ReadBbcArticle(const std::filesystem::path& path, Date published) {
  std::ifstream in(path);
  Article article;
  article.id = path.parent_path().filename().string() + "/" + path.stem().string();
  article.published = published;
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (first) {
      article.title = line;
      first = false;
      continue;
    }
    article.blocks.push_back(Block{BlockKind::kParagraph, line, 0, 0});
  }
  return article;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_BENCH_BBC_ARTICLE_H_
