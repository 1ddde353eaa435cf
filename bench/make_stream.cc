// make_stream: writes a synthetic news stream as JSONL on standard output, for end-to-end
// scaling runs of `crosscheck analyze -` and `ingest` (scripts/bench/stream.sh). Stories of
// real BBC articles (../shared/data/bbc_news_2225, read at run time) told by several outlets
// with edits, vocabularies permuted per generation (dedup/synthetic_reuse.h,
// NewsStreamGenerator). Generated as written: memory stays flat however many documents.
//
//   make_stream SHARED_DIR COUNT [SEED [STORIES_PER_DAY]]
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "dedup/synthetic_reuse.h"
#include "report/json_writer.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: make_stream SHARED_DIR COUNT [SEED [STORIES_PER_DAY]]\n");
    return 2;
  }
  const std::string dir = std::string(argv[1]) + "/data/bbc_news_2225";
  const unsigned long long count = std::strtoull(argv[2], nullptr, 10);
  const unsigned seed = argc > 3 ? static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10)) : 1;
  const unsigned per_day = argc > 4 ? static_cast<unsigned>(std::strtoul(argv[4], nullptr, 10)) : 400;
  auto texts = crosscheck::ReadParagraphFiles(dir);
  if (!texts.ok()) {
    std::fprintf(stderr, "make_stream: %s\n", texts.status().message().c_str());
    return 2;
  }
  crosscheck::NewsStreamGenerator generator(&*texts, seed, per_day);
  crosscheck::StreamDocument document;
  std::string line;
  for (unsigned long long i = 0; i < count && generator.Next(&document); ++i) {
    line.clear();
    const std::pair<const char*, const std::string*> fields[] = {
        {"id", &document.id},         {"title", &document.title}, {"published", &document.published},
        {"outlet", &document.outlet}, {"url", &document.url},     {"text", &document.text}};
    for (const auto& [name, value] : fields) {
      line += line.empty() ? "{\"" : ",\"";
      line += name;
      line += "\":";
      crosscheck::AppendJsonString(*value, line);
    }
    line += "}\n";
    if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) return 1;
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}
