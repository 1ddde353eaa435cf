// Test helpers for the ingest stage (tests only): a scratch folder, gzip compression of
// fixtures built in the test, a sink that records what ingestion delivers, and a tiny WARC
// record writer. Not thread-safe; one instance per test.
#ifndef CROSSCHECK_INGEST_INGEST_TEST_UTIL_H_
#define CROSSCHECK_INGEST_INGEST_TEST_UTIL_H_

#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/reader.h"

namespace crosscheck::testing {

// A fresh folder under TMPDIR, removed with its contents on destruction.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "crosscheck-ingest-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data()) ? pattern : std::string();
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::string& path() const { return path_; }

  // Writes `bytes` to `relative` (creating folders); returns the full path.
  std::string Write(std::string_view relative, std::string_view bytes) const {
    const std::filesystem::path full = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(full.parent_path());
    std::ofstream out(full, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return full.string();
  }

 private:
  std::string path_;
};

// One gzip member holding `bytes`.
inline std::string Gzip(std::string_view bytes) {
  z_stream stream{};
  deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, bytes.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

// A WARC/1.0 record with the given type, id and block.
inline std::string WarcRecord(std::string_view type, std::string_view id,
                              std::string_view target_uri, std::string_view block) {
  std::string record = "WARC/1.0\r\nWARC-Type: " + std::string(type) +
                       "\r\nWARC-Record-ID: <urn:uuid:" + std::string(id) + ">\r\n";
  if (!target_uri.empty()) record += "WARC-Target-URI: " + std::string(target_uri) + "\r\n";
  record += "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
            std::to_string(block.size()) + "\r\n\r\n" + std::string(block) + "\r\n\r\n";
  return record;
}

// An HTTP response block with the given Content-Type and body.
inline std::string HttpBlock(std::string_view content_type, std::string_view body,
                             std::string_view extra_headers = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + std::string(content_type) + "\r\n" +
         std::string(extra_headers) + "\r\n" + std::string(body);
}

struct ReportedError {
  std::string input;
  Status status;
};

class CollectingSink : public DocumentSink {
 public:
  void OnDocument(Document&& document) override { documents.push_back(std::move(document)); }
  void OnError(std::string_view input, const Status& status) override {
    errors.push_back({std::string(input), status});
  }
  std::vector<Document> documents;
  std::vector<ReportedError> errors;
};

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_INGEST_INGEST_TEST_UTIL_H_
