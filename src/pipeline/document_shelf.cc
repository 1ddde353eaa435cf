#include "pipeline/document_shelf.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "store/codec.h"

namespace crosscheck {
namespace {

// Written to the spill file in pieces of about this size.
constexpr size_t kWriteBufferBytes = size_t{1} << 20;

std::string SpillFolder(const std::string& configured) {
  if (!configured.empty()) return configured;
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
}

}  // namespace

DocumentShelf::DocumentShelf(ShelfOptions options) : options_(std::move(options)) {}

DocumentShelf::DocumentShelf(std::vector<Article> articles, std::vector<Annotations> annotations)
    : options_{.spill_after_bytes = SIZE_MAX, .spill_dir = {}} {
  annotations.resize(articles.size());
  cards_.reserve(articles.size());
  for (const Article& article : articles) cards_.push_back(CardOf(article));
  articles_ = std::move(articles);
  annotations_ = std::move(annotations);
}

DocumentShelf::~DocumentShelf() {
  if (spill_fd_ >= 0) ::close(spill_fd_);
}

Status DocumentShelf::StartSpill() {
  std::string path = SpillFolder(options_.spill_dir) + "/crosscheck-spill-XXXXXX";
  const int fd = ::mkstemp(path.data());
  if (fd < 0) {
    return IoError("cannot make a spill file in " + SpillFolder(options_.spill_dir) + ": " +
                   std::strerror(errno) + " (choose another folder with --spill-dir)");
  }
  // Unlinked at once: the space comes back when the process ends, however it ends.
  ::unlink(path.c_str());
  spill_fd_ = fd;
  spill_path_ = std::move(path);
  spill_first_ = articles_.size();
  offsets_ = {0};
  return Status::Ok();
}

Status DocumentShelf::Spill(const Article& article, const Annotations& annotations) {
  const std::string blob = EncodeAnalyzedDocument(article, annotations);
  write_buffer_ += blob;
  const uint64_t end = spill_end_ + blob.size();
  if (write_buffer_.size() >= kWriteBufferBytes) {
    size_t done = 0;
    while (done < write_buffer_.size()) {
      const ssize_t n = ::pwrite(spill_fd_, write_buffer_.data() + done, write_buffer_.size() - done,
                                 static_cast<off_t>(buffered_from_ + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        const std::string reason = n < 0 ? std::strerror(errno) : "nothing written";
        write_buffer_.resize(write_buffer_.size() - blob.size());
        return IoError("cannot write the spill file " + spill_path_ + " (deleted while open): " +
                       reason + " (free space there or choose another folder with --spill-dir)");
      }
      done += static_cast<size_t>(n);
    }
    buffered_from_ += write_buffer_.size();
    write_buffer_.clear();
  }
  spill_end_ = end;
  offsets_.push_back(end);
  return Status::Ok();
}

Status DocumentShelf::Add(Article&& article, Annotations&& annotations, size_t kept_bytes) {
  if (!spilled() && kept_bytes_ + kept_bytes > options_.spill_after_bytes &&
      options_.spill_after_bytes != SIZE_MAX) {
    if (Status started = StartSpill(); !started.ok()) return started;
    // What was kept so far goes too: the spill then holds every document from the first.
    for (size_t doc = 0; doc < articles_.size(); ++doc) {
      if (Status status = Spill(articles_[doc], annotations_[doc]); !status.ok()) return status;
    }
    spill_first_ = 0;
    std::vector<Article>().swap(articles_);
    std::vector<Annotations>().swap(annotations_);
  }
  if (spilled()) {
    if (Status status = Spill(article, annotations); !status.ok()) return status;
  } else {
    articles_.push_back(std::move(article));
    annotations_.push_back(std::move(annotations));
    kept_bytes_ += kept_bytes;
  }
  cards_.push_back(CardOf(spilled() ? article : articles_.back()));
  return Status::Ok();
}

bool DocumentShelf::ReadBlob(DocIndex index, std::string* blob) const {
  const size_t slot = index - spill_first_;
  const uint64_t begin = offsets_[slot], end = offsets_[slot + 1];
  blob->resize(end - begin);
  size_t done = 0;
  // The part still in the write buffer (the last documents added) is read from it.
  while (done < blob->size() && begin + done < buffered_from_) {
    const size_t want = static_cast<size_t>(
        std::min<uint64_t>(blob->size() - done, buffered_from_ - (begin + done)));
    const ssize_t n = ::pread(spill_fd_, blob->data() + done, want, static_cast<off_t>(begin + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Fail(IoError("cannot read back the spill file " + spill_path_ + ": " +
                   (n < 0 ? std::strerror(errno) : "unexpected end of file")));
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (done < blob->size()) {
    std::memcpy(blob->data() + done, write_buffer_.data() + (begin + done - buffered_from_),
                blob->size() - done);
  }
  return true;
}

template <typename T>
std::optional<T> DocumentShelf::ReadBack(DocIndex index,
                                         StatusOr<T> (*decode)(std::string_view)) const {
  std::string blob;
  if (!ReadBlob(index, &blob)) return std::nullopt;
  StatusOr<T> decoded = decode(blob);
  if (!decoded.ok()) {
    Fail(DataLossError("spill file " + spill_path_ + ", document " + cards_[index].id + ": " +
                       decoded.status().message()));
    return std::nullopt;
  }
  return std::move(decoded).value();
}

DocumentShelf::Entry DocumentShelf::Get(DocIndex index) const {
  if (index >= size()) return {};
  if (!spilled() || index < spill_first_) {
    return {&articles_[index], &annotations_[index], nullptr};
  }
  std::optional<AnalyzedDocument> decoded = ReadBack(index, &DecodeAnalyzedDocument);
  if (!decoded) return {};
  auto held = std::make_shared<const AnalyzedDocument>(std::move(*decoded));
  return {&held->article, &held->annotations, held};
}

ArticleHandle DocumentShelf::GetArticle(DocIndex index) const {
  if (index >= size()) return nullptr;
  if (!spilled() || index < spill_first_) {
    return ArticleHandle(std::shared_ptr<const Article>(), &articles_[index]);
  }
  std::optional<Article> decoded = ReadBack(index, &DecodeStoredArticle);
  if (!decoded) return nullptr;
  return std::make_shared<const Article>(std::move(*decoded));
}

bool DocumentShelf::Take(DocIndex index, Article* article, Annotations* annotations) {
  if (index >= size()) return false;
  if (!spilled() || index < spill_first_) {
    *article = std::move(articles_[index]);
    *annotations = std::move(annotations_[index]);
    articles_[index] = Article();
    annotations_[index] = Annotations();
    return true;
  }
  std::optional<AnalyzedDocument> decoded = ReadBack(index, &DecodeAnalyzedDocument);
  if (!decoded) return false;
  *article = std::move(decoded->article);
  *annotations = std::move(decoded->annotations);
  return true;
}

void DocumentShelf::Fail(const Status& status) const {
  std::lock_guard<std::mutex> lock(error_mutex_);
  if (error_.ok()) error_ = status;
}

Status DocumentShelf::error() const {
  std::lock_guard<std::mutex> lock(error_mutex_);
  return error_;
}

}  // namespace crosscheck
