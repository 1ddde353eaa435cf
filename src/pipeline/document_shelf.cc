#include "pipeline/document_shelf.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include "store/codec.h"

namespace crosscheck {

DocumentShelf::DocumentShelf(ShelfOptions options) : options_(std::move(options)) {}

DocumentShelf::DocumentShelf(std::vector<Article> articles, std::vector<Annotations> annotations)
    : options_{.spill_after_bytes = SIZE_MAX, .spill_dir = {}} {
  annotations.resize(articles.size());
  cards_.reserve(articles.size());
  for (const Article& article : articles) cards_.push_back(CardOf(article));
  articles_ = std::move(articles);
  annotations_ = std::move(annotations);
}

Status DocumentShelf::StartSpill() {
  auto spill = std::make_unique<SpillArena>(SpillArena::kDefaultMemoryBytes, options_.spill_dir);
  if (Status opened = spill->Open(); !opened.ok()) {
    return IoError(opened.message() + " (choose another folder with --spill-dir)");
  }
  spill_ = std::move(spill);
  // What was kept so far goes too: the spill then holds every document from the first.
  for (size_t doc = 0; doc < articles_.size(); ++doc) {
    if (Status status = Spill(articles_[doc], annotations_[doc]); !status.ok()) return status;
  }
  std::vector<Article>().swap(articles_);
  std::vector<Annotations>().swap(annotations_);
  return Status::Ok();
}

Status DocumentShelf::Spill(const Article& article, const Annotations& annotations) {
  // An earlier write failed: the run has failed already, and nothing more is written.
  if (!spill_->error().ok()) return spill_->error();
  const std::string blob = EncodeAnalyzedDocument(article, annotations);
  if (blob.size() > UINT32_MAX) {
    return ResourceExhaustedError("document " + article.id + " is over 4 GiB once analysed");
  }
  spill_->Append(blob.data(), blob.size());
  if (!spill_->error().ok()) {
    return IoError(spill_->error().message() +
                   " (free space there or choose another folder with --spill-dir)");
  }
  blobs_.Push(static_cast<uint32_t>(blob.size()));
  return Status::Ok();
}

Status DocumentShelf::Add(Article&& article, Annotations&& annotations, size_t kept_bytes) {
  if (!spilled() && kept_bytes_ + kept_bytes > options_.spill_after_bytes &&
      options_.spill_after_bytes != SIZE_MAX) {
    if (Status started = StartSpill(); !started.ok()) return started;
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
  blob->resize(blobs_.length(index));
  errno = 0;
  if (!spill_->Read(blobs_.start(index), blob->data(), blob->size())) {
    Fail(IoError("cannot read back document " + cards_[index].id +
                 " from the spill file (unlinked) in " + spill_->folder() + ": " +
                 (errno != 0 ? std::strerror(errno) : "unexpected end of file")));
    return false;
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
    Fail(DataLossError("spill file in " + spill_->folder() + ", document " + cards_[index].id +
                       ": " + decoded.status().message()));
    return std::nullopt;
  }
  return std::move(decoded).value();
}

DocumentShelf::Entry DocumentShelf::Get(DocIndex index) const {
  if (index >= size()) return {};
  if (!spilled()) {
    return {&articles_[index], &annotations_[index], nullptr};
  }
  std::optional<AnalyzedDocument> decoded = ReadBack(index, &DecodeAnalyzedDocument);
  if (!decoded) return {};
  auto held = std::make_shared<const AnalyzedDocument>(std::move(*decoded));
  return {&held->article, &held->annotations, held};
}

ArticleHandle DocumentShelf::GetArticle(DocIndex index) const {
  if (index >= size()) return nullptr;
  if (!spilled()) {
    return ArticleHandle(std::shared_ptr<const Article>(), &articles_[index]);
  }
  std::optional<Article> decoded = ReadBack(index, &DecodeStoredArticle);
  if (!decoded) return nullptr;
  return std::make_shared<const Article>(std::move(*decoded));
}

bool DocumentShelf::Take(DocIndex index, Article* article, Annotations* annotations) {
  if (index >= size()) return false;
  if (!spilled()) {
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
