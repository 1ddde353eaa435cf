// eval_extract: scores the HTML extractor on the extraction datasets in ../shared/data and
// prints each dataset's standard measure (see eval/extract_datasets.h).
//   eval_extract --shared ../shared [--dataset aeb|published|trafilatura|l3s|cleanportal|dates|all]
//                [--worst N] [--parser fast|gumbo]
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "clean/extractor.h"
#include "clean/html/html_extractor.h"
#include "eval/extract_datasets.h"

int main(int argc, char** argv) {
  CLI::App app{"Scores the HTML extractor on the extraction datasets"};
  crosscheck::eval::EvalOptions options;
  options.shared = CROSSCHECK_SHARED_DIR;
  std::string dataset = "all";
  app.add_option("--shared", options.shared, "the shared folder holding data/");
  app.add_option("--dataset", dataset, "aeb | published | trafilatura | l3s | cleanportal | dates | all");
  app.add_option("--worst", options.worst, "print the N worst AEB pages");
  std::string time_dir;
  app.add_option("--time-dir", time_dir,
                 "extract every .html file of a folder, print pages/s and MB/s (extraction only)");
  std::string dump;
  app.add_option("--dump", dump, "print what the extractor returns for one .html(.gz) file");
  std::string parser = "default";
  app.add_option("--parser", parser, "tree builder: fast | gumbo | default")
      ->check(CLI::IsMember({"fast", "gumbo", "default"}));
  CLI11_PARSE(app, argc, argv);

  auto extractor = parser == "fast"    ? crosscheck::NewHtmlExtractorWithParser(crosscheck::html::HtmlParser::kFast)
                   : parser == "gumbo" ? crosscheck::NewHtmlExtractorWithParser(crosscheck::html::HtmlParser::kGumbo)
                                       : crosscheck::NewHtmlExtractor();
  if (!time_dir.empty()) return crosscheck::eval::TimeExtraction(*extractor, time_dir) ? 0 : 1;
  if (!dump.empty()) {
    auto bytes = crosscheck::eval::ReadGzipFile(dump);
    if (!bytes.ok()) return 1;
    crosscheck::Document document;
    document.id = dump;
    document.format = crosscheck::DocumentFormat::kHtml;
    document.content = crosscheck::eval::DecodeHtmlBytes(std::move(bytes.value()));
    auto article = extractor->Extract(document);
    if (!article.ok()) {
      std::printf("%s\n", article.status().ToString().c_str());
      return 1;
    }
    std::printf("title: %s\noutlet: %s\nbyline: %s\npublished: %s (%s)\n\n", article->title.c_str(),
                article->outlet.c_str(), article->byline.c_str(), article->published.ToIso().c_str(),
                crosscheck::DateSourceName(article->published_from));
    for (const auto& block : article->blocks) std::printf("[%d] %s\n", static_cast<int>(block.kind), block.text.c_str());
    for (const auto& block : article->captions) std::printf("[caption] %s\n", block.text.c_str());
    return 0;
  }
  bool all = dataset == "all";
  bool ok = true;
  if (all || dataset == "aeb") ok &= crosscheck::eval::EvalAeb(*extractor, options);
  if (all || dataset == "published") ok &= crosscheck::eval::EvalAebPublished(options);
  if (all || dataset == "trafilatura") ok &= crosscheck::eval::EvalTrafilatura(*extractor, options);
  if (all || dataset == "l3s") ok &= crosscheck::eval::EvalL3s(*extractor, options);
  if (all || dataset == "cleanportal") ok &= crosscheck::eval::EvalCleanPortal(*extractor, options);
  if (all || dataset == "dates") ok &= crosscheck::eval::EvalReadabilityDates(*extractor, options);
  std::fflush(stdout);
  return ok ? 0 : 1;
}
