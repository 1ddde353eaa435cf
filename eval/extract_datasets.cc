#include "eval/extract_datasets.h"

#include <gumbo.h>
#include <simdjson.h>
#include <unicode/ucnv.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cmath>
#include <fstream>
#include <sstream>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"
#include "clean/html/page_metadata.h"
#include "eval/extract_metric.h"

namespace crosscheck::eval {
namespace fs = std::filesystem;
namespace {

std::string CollapseSpace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string CharsetOf(std::string_view html) {
  std::string head(html.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t at = head.find("charset=");
  if (at == std::string::npos) return {};
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
  size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' || head[end] == '_')) ++end;
  return head.substr(at, end - at);
}

struct Page {
  std::string id;
  std::string url;
  std::string html;
};

StatusOr<Article> ExtractPage(const Extractor& extractor, const Page& page) {
  Document document;
  document.id = page.id;
  document.source = page.url;
  document.url = page.url;
  document.format = DocumentFormat::kHtml;
  document.input_bytes = page.html.size();
  document.content = page.html;
  return extractor.Extract(document);
}

std::vector<std::string> WordTokens(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      current.push_back(static_cast<char>(std::tolower(u)));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

void PrintSummary(const char* name, const AebSummary& summary) {
  std::printf("%s: P %.3f  R %.3f  F1 %.3f  (%zu docs)\n", name, summary.precision,
              summary.recall, summary.f1, summary.documents);
}

}  // namespace

StatusOr<std::string> ReadGzipFile(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return NotFoundError(path + ": cannot open");
  std::string data;
  char buffer[1 << 16];
  int read = 0;
  while ((read = gzread(file, buffer, sizeof buffer)) > 0) data.append(buffer, read);
  bool failed = read < 0;
  gzclose(file);
  if (failed) return DataLossError(path + ": bad gzip stream");
  return data;
}

std::string DecodeHtmlBytes(std::string bytes) {
  if (IsValidUtf8(bytes)) return bytes;
  std::string charset = CharsetOf(bytes);
  if (charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "iso-8859-1" ||
      charset == "latin1") {
    charset = charset.rfind("utf", 0) == 0 ? "utf-8" : "windows-1252";
  }
  if (charset == "utf-8") return SanitizeUtf8(bytes);
  UErrorCode error = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 16, '\0');
  int32_t length = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()),
                                bytes.data(), static_cast<int32_t>(bytes.size()), &error);
  if (U_FAILURE(error)) return SanitizeUtf8(bytes);
  out.resize(length);
  return out;
}

bool EvalAeb(const Extractor& extractor, const EvalOptions& options) {
  fs::path root = fs::path(options.shared) / "data/scrapinghub_aeb";
  simdjson::dom::parser parser;
  simdjson::dom::element gold;
  if (parser.load((root / "ground-truth.json").string()).get(gold) != simdjson::SUCCESS) {
    std::printf("aeb: %s not readable (skipped)\n", (root / "ground-truth.json").c_str());
    return false;
  }
  std::vector<ShingleScore> scores;
  std::vector<std::pair<double, std::string>> per_page;  // F1, "id P R"
  size_t empty = 0, url_dated = 0, url_date_agrees = 0, dated = 0;
  std::map<std::string, size_t> sources;
  for (auto [key, value] : gold.get_object()) {
    std::string_view gold_body, url;
    if (value["articleBody"].get(gold_body) != simdjson::SUCCESS) gold_body = {};
    if (value["url"].get(url) != simdjson::SUCCESS) url = {};
    auto html = ReadGzipFile((root / "html" / (std::string(key) + ".html.gz")).string());
    std::string body;
    if (html.ok()) {
      Page page{std::string(key), std::string(url), DecodeHtmlBytes(std::move(html.value()))};
      auto article = ExtractPage(extractor, page);
      if (article.ok()) {
        body = article->Body();
        ++sources[DateSourceName(article->published_from)];
        if (article->published.valid()) ++dated;
        auto url_date = html::DateFromUrl(url);
        if (url_date && url_date->has_day() && article->published_from != DateSource::kUrl &&
            article->published.valid()) {
          ++url_dated;
          url_date_agrees += *url_date == article->published;
        }
      } else {
        ++empty;
      }
    }
    ShingleScore score = ScoreShingles(body, gold_body);
    scores.push_back(score);
    double p = std::isnan(score.precision) ? 0 : score.precision;
    double r = std::isnan(score.recall) ? 0 : score.recall;
    char detail[64];
    std::snprintf(detail, sizeof detail, "P %.3f R %.3f ", p, r);
    per_page.emplace_back(p + r > 0 ? 2 * p * r / (p + r) : 0, detail + std::string(key));
  }
  PrintSummary("aeb", Summarize(scores));
  std::printf("aeb: %zu pages with no extraction; date found on %zu pages; by source:", empty, dated);
  for (const auto& [name, count] : sources) std::printf(" %s=%zu", name.c_str(), count);
  std::printf("\naeb: date agrees with the URL's day on %zu of %zu pages dated from elsewhere\n",
              url_date_agrees, url_dated);
  std::sort(per_page.begin(), per_page.end());
  for (size_t i = 0; i < options.worst && i < per_page.size(); ++i) {
    std::printf("  worst %.3f %s\n", per_page[i].first, per_page[i].second.c_str());
  }
  return true;
}

bool EvalAebPublished(const EvalOptions& options) {
  fs::path root = fs::path(options.shared) / "data/scrapinghub_aeb";
  simdjson::dom::parser gold_parser;
  simdjson::dom::element gold;
  if (gold_parser.load((root / "ground-truth.json").string()).get(gold) != simdjson::SUCCESS) return false;
  std::vector<fs::path> outputs;
  for (const auto& entry : fs::directory_iterator(root / "output")) outputs.push_back(entry.path());
  std::sort(outputs.begin(), outputs.end());
  for (const fs::path& path : outputs) {
    simdjson::dom::parser parser;
    simdjson::dom::element output;
    if (parser.load(path.string()).get(output) != simdjson::SUCCESS) continue;
    simdjson::dom::element wrapped;
    if (output["output"].get(wrapped) == simdjson::SUCCESS) output = wrapped;
    std::vector<ShingleScore> scores;
    for (auto [key, value] : gold.get_object()) {
      std::string_view gold_body, predicted;
      if (value["articleBody"].get(gold_body) != simdjson::SUCCESS) gold_body = {};
      if (output[key]["articleBody"].get(predicted) != simdjson::SUCCESS) predicted = {};
      scores.push_back(ScoreShingles(predicted, gold_body));
    }
    std::string name = "aeb published " + path.stem().string();
    PrintSummary(name.c_str(), Summarize(scores));
  }
  return true;
}

bool EvalTrafilatura(const Extractor& extractor, const EvalOptions& options) {
  fs::path root = fs::path(options.shared) / "data/trafilatura_eval";
  simdjson::dom::parser parser;
  simdjson::dom::element items;
  if (parser.load((root / "evaldata.json").string()).get(items) != simdjson::SUCCESS) {
    std::printf("trafilatura_eval: not readable (skipped)\n");
    return false;
  }
  size_t tp = 0, fn = 0, fp = 0, tn = 0, docs = 0;
  for (auto [url, item] : items.get_object()) {
    std::string_view file;
    if (item["file"].get(file) != simdjson::SUCCESS) continue;
    auto html = ReadGzipFile((root / "html" / (std::string(file) + ".gz")).string());
    std::string text;
    if (html.ok()) {
      Page page{std::string(file), std::string(url), DecodeHtmlBytes(std::move(html.value()))};
      auto article = ExtractPage(extractor, page);
      if (article.ok()) text = CollapseSpace(article->Body());
    }
    ++docs;
    simdjson::dom::array with, without;
    if (item["with"].get(with) == simdjson::SUCCESS) {
      for (simdjson::dom::element snippet : with) {
        std::string_view s;
        if (snippet.get(s) != simdjson::SUCCESS) continue;
        (text.find(CollapseSpace(s)) != std::string::npos ? tp : fn)++;
      }
    }
    if (item["without"].get(without) == simdjson::SUCCESS) {
      for (simdjson::dom::element snippet : without) {
        std::string_view s;
        if (snippet.get(s) != simdjson::SUCCESS) continue;
        (text.find(CollapseSpace(s)) != std::string::npos ? fp : tn)++;
      }
    }
  }
  double precision = tp + fp ? double(tp) / (tp + fp) : 0, recall = tp + fn ? double(tp) / (tp + fn) : 0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  double accuracy = double(tp + tn) / std::max<size_t>(1, tp + tn + fp + fn);
  std::printf("trafilatura_eval: P %.3f  R %.3f  Acc %.3f  F1 %.3f  (%zu docs)\n", precision,
              recall, accuracy, f1, docs);
  return true;
}

namespace {

// Text of the annotated page's spans whose class names one of `labels` (x-nc-selN).
std::string LabelledText(std::string_view html, std::initializer_list<const char*> labels) {
  GumboOptions parse_options = kGumboDefaultOptions;
  parse_options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&parse_options, html.data(), html.size());
  std::string text;
  struct Item { const GumboNode* node; bool inside; };
  std::vector<Item> stack{{output->root, false}};
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    if (item.node->type == GUMBO_NODE_TEXT || item.node->type == GUMBO_NODE_WHITESPACE) {
      if (item.inside) {
        text += item.node->v.text.text;
        text += ' ';
      }
      continue;
    }
    if (item.node->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = item.node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
    bool inside = item.inside;
    const GumboAttribute* cls = gumbo_get_attribute(&item.node->v.element.attributes, "class");
    if (cls) {
      std::string_view names(cls->value);
      if (names.find("x-nc-invisible") != std::string_view::npos) continue;
      for (const char* label : labels) inside = inside || names.find(label) != std::string_view::npos;
    }
    const GumboVector& children = item.node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), inside});
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return text;
}

}  // namespace

bool EvalL3s(const Extractor& extractor, const EvalOptions& options) {
  fs::path root = fs::path(options.shared) / "data/l3s_gn1";
  if (!fs::exists(root / "annotated")) {
    std::printf("l3s_gn1: not found (skipped)\n");
    return false;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(root / "annotated")) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  double precision_sum = 0, recall_sum = 0;
  std::vector<ShingleScore> shingle_scores;
  size_t docs = 0;
  for (const fs::path& annotated_path : files) {
    auto annotated = ReadGzipFile(annotated_path.string());
    auto original = ReadGzipFile((root / "original" / annotated_path.filename()).string());
    if (!annotated.ok() || !original.ok()) continue;
    std::string gold = LabelledText(DecodeHtmlBytes(std::move(annotated.value())), {"x-nc-sel2"});
    Page page{annotated_path.stem().stem().string(), "", DecodeHtmlBytes(std::move(original.value()))};
    auto article = ExtractPage(extractor, page);
    std::string predicted = article.ok() ? article->Body() : std::string();
    shingle_scores.push_back(ScoreShingles(predicted, gold));
    std::unordered_map<std::string, int> gold_bag, predicted_bag;
    for (auto& word : WordTokens(gold)) ++gold_bag[word];
    for (auto& word : WordTokens(predicted)) ++predicted_bag[word];
    size_t overlap = 0, gold_total = 0, predicted_total = 0;
    for (const auto& [word, count] : gold_bag) {
      gold_total += count;
      auto it = predicted_bag.find(word);
      if (it != predicted_bag.end()) overlap += std::min(count, it->second);
    }
    for (const auto& [word, count] : predicted_bag) predicted_total += count;
    if (gold_total == 0) continue;
    ++docs;
    precision_sum += predicted_total ? double(overlap) / predicted_total : 0;
    recall_sum += double(overlap) / gold_total;
  }
  double precision = docs ? precision_sum / docs : 0, recall = docs ? recall_sum / docs : 0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("l3s_gn1 (bag of words vs full text): P %.3f  R %.3f  F1 %.3f  (%zu docs)\n",
              precision, recall, f1, docs);
  PrintSummary("l3s_gn1 (AEB shingles)", Summarize(shingle_scores));
  return true;
}

bool EvalCleanPortal(const Extractor& extractor, const EvalOptions& options) {
  fs::path root = fs::path(options.shared) / "data/cleanportaleval";
  if (!fs::exists(root / "GoldStandard")) {
    std::printf("cleanportaleval: not found (skipped)\n");
    return false;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(root / "GoldStandard")) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<ShingleScore> scores;
  for (const fs::path& gold_path : files) {
    std::string stem = gold_path.stem().stem().string();  // name.txt.gz -> name
    auto gold_bytes = ReadGzipFile(gold_path.string());
    auto html = ReadGzipFile((root / "input" / (stem + ".html.gz")).string());
    if (!gold_bytes.ok() || !html.ok()) continue;
    std::string gold = DecodeHtmlBytes(std::move(gold_bytes.value()));
    std::string url;
    if (gold.rfind("URL: ", 0) == 0 || gold.find("URL: ") < 8) {
      size_t begin = gold.find("URL: ") + 5, end = gold.find('\n', begin);
      url = gold.substr(begin, end - begin);
      gold.erase(0, end == std::string::npos ? gold.size() : end);
    }
    for (const char* marker : {"<p>", "<h>", "<l>"}) {
      for (size_t at; (at = gold.find(marker)) != std::string::npos;) gold.replace(at, 3, " ");
    }
    Page page{stem, url, DecodeHtmlBytes(std::move(html.value()))};
    auto article = ExtractPage(extractor, page);
    std::string predicted = article.ok() ? article->title + "\n\n" + article->Body() : std::string();
    scores.push_back(ScoreShingles(predicted, gold));
  }
  PrintSummary("cleanportaleval (AEB shingles, title + body)", Summarize(scores));
  return true;
}

bool EvalReadabilityDates(const Extractor& extractor, const EvalOptions& options) {
  fs::path root = fs::path(options.shared) / "data/readability_testpages/pages";
  if (!fs::exists(root)) {
    std::printf("readability_testpages: not found (skipped)\n");
    return false;
  }
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(root)) folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  size_t with_date = 0, found = 0, agree = 0, extra = 0;
  for (const fs::path& folder : folders) {
    simdjson::dom::parser parser;
    simdjson::dom::element expected;
    if (parser.load((folder / "expected-metadata.json").string()).get(expected) != simdjson::SUCCESS) continue;
    auto html = ReadGzipFile((folder / "source.html.gz").string());
    if (!html.ok()) continue;
    Page page{folder.filename().string(), "", DecodeHtmlBytes(std::move(html.value()))};
    auto article = ExtractPage(extractor, page);
    std::string_view published;
    bool has_expected = expected["publishedTime"].get(published) == simdjson::SUCCESS && !published.empty();
    if (!has_expected) {
      extra += article.ok() && article->published.valid();
      continue;
    }
    ++with_date;
    auto gold = html::ParseMetaDate(published);
    if (!article.ok() || !article->published.valid()) continue;
    ++found;
    agree += gold && gold->year == article->published.year && gold->month == article->published.month &&
             gold->day == article->published.day;
  }
  std::printf("readability_testpages dates: %zu pages give publishedTime; found %zu, same day %zu "
              "(accuracy %.3f); dated %zu pages that give none\n",
              with_date, found, agree, with_date ? double(agree) / with_date : 0.0, extra);
  return true;
}

}  // namespace crosscheck::eval

namespace crosscheck::eval {

bool TimeExtraction(const Extractor& extractor, const std::string& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".html") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> documents;
  size_t bytes = 0;
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Document document;
    document.id = path.stem().string();
    document.format = DocumentFormat::kHtml;
    document.content = buffer.str();
    bytes += document.content.size();
    documents.push_back(std::move(document));
  }
  if (documents.empty()) {
    std::printf("time: no .html files in %s\n", folder.c_str());
    return false;
  }
  // One warm-up pass, then kTimedPasses; the median pass is reported, in wall and CPU time
  // (the machine is shared: CPU time shows what the extractor itself costs).
  constexpr int kTimedPasses = 5;
  auto cpu_seconds = [] {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
  };
  size_t empty = 0, body_bytes = 0;
  std::vector<double> walls, cpus;
  for (int pass = 0; pass <= kTimedPasses; ++pass) {
    empty = body_bytes = 0;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds();
    for (const Document& document : documents) {
      auto article = extractor.Extract(document);
      if (article.ok()) {
        for (const Block& block : article->blocks) body_bytes += block.text.size();
      } else {
        ++empty;
      }
    }
    if (pass == 0) continue;
    walls.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    cpus.push_back(cpu_seconds() - cpu_start);
  }
  std::sort(walls.begin(), walls.end());
  std::sort(cpus.begin(), cpus.end());
  double seconds = walls[walls.size() / 2], cpu = cpus[cpus.size() / 2];
  std::printf("crosscheck html extractor: %zu pages, %.1f MB, median of %d passes: wall %.3f s, "
              "%.0f pages/s, %.1f MB/s; CPU %.3f s, %.0f pages/s (%zu empty, %zu body bytes)\n",
              documents.size(), bytes / 1e6, kTimedPasses, seconds, documents.size() / seconds,
              bytes / 1e6 / seconds, cpu, documents.size() / cpu, empty, body_bytes);
  return true;
}

}  // namespace crosscheck::eval
