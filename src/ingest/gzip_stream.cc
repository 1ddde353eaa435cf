#include "ingest/gzip_stream.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace crosscheck {
namespace {

constexpr size_t kCompressedChunkBytes = size_t{64} << 10;
// windowBits 15 plus 32: zlib detects a gzip or zlib header by itself.
constexpr int kAutoHeaderWindowBits = 15 + 32;
constexpr int kRawDeflateWindowBits = -15;

std::string ZlibMessage(const z_stream& stream, int code) {
  if (stream.msg != nullptr) return stream.msg;
  return "zlib error " + std::to_string(code);
}

}  // namespace

bool HasGzipMagic(std::string_view prefix) {
  return prefix.size() >= 2 && static_cast<unsigned char>(prefix[0]) == 0x1f &&
         static_cast<unsigned char>(prefix[1]) == 0x8b;
}

struct GzipSource::ZlibState {
  z_stream stream{};
  bool initialized = false;
};

GzipSource::GzipSource(std::unique_ptr<ByteSource> compressed)
    : compressed_(std::move(compressed)), zlib_(std::make_unique<ZlibState>()) {
  input_.resize(kCompressedChunkBytes);
  if (inflateInit2(&zlib_->stream, kAutoHeaderWindowBits) == Z_OK) {
    zlib_->initialized = true;
  } else {
    state_ = State::kFailed;
    error_ = ResourceExhaustedError("cannot initialize zlib");
  }
}

GzipSource::~GzipSource() {
  if (zlib_->initialized) inflateEnd(&zlib_->stream);
}

StatusOr<bool> GzipSource::RefillInput() {
  z_stream& stream = zlib_->stream;
  if (stream.avail_in > 0) return true;
  StatusOr<size_t> got = compressed_->Read(std::span<char>(input_.data(), input_.size()));
  if (!got.ok()) return got.status();
  compressed_bytes_ += *got;
  stream.next_in = reinterpret_cast<Bytef*>(input_.data());
  stream.avail_in = static_cast<uInt>(*got);
  return *got > 0;
}

StatusOr<size_t> GzipSource::Read(std::span<char> buffer) {
  if (state_ == State::kFailed) return error_;
  if (state_ == State::kDone || buffer.empty()) return size_t{0};
  z_stream& stream = zlib_->stream;
  const auto fail = [&](Status status) -> StatusOr<size_t> {
    state_ = State::kFailed;
    error_ = std::move(status);
    return error_;
  };
  while (true) {
    StatusOr<bool> has_input = RefillInput();
    if (!has_input.ok()) return fail(has_input.status());
    if (state_ == State::kBetweenMembers) {
      if (!*has_input) {
        state_ = State::kDone;
        return size_t{0};
      }
      // Another member must start with the magic; anything else is trailing garbage.
      // (The second magic byte may sit in the next chunk; one byte is checked here.)
      if (static_cast<unsigned char>(stream.next_in[0]) != 0x1f) {
        if (members_started_ == 0) return fail(DataLossError("not in gzip format"));
        state_ = State::kDone;
        return size_t{0};
      }
      ++members_started_;
      if (inflateReset(&stream) != Z_OK) return fail(DataLossError("corrupt gzip stream"));
      state_ = State::kInMember;
    }
    if (!*has_input) {
      return fail(DataLossError("truncated gzip stream after " +
                                std::to_string(compressed_bytes_) + " compressed bytes"));
    }
    stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
    stream.avail_out = static_cast<uInt>(std::min<size_t>(buffer.size(), UINT32_MAX));
    const uInt out_before = stream.avail_out;
    const int code = inflate(&stream, Z_NO_FLUSH);
    const size_t produced = out_before - stream.avail_out;
    if (code == Z_STREAM_END) {
      state_ = State::kBetweenMembers;
    } else if (code == Z_MEM_ERROR) {
      return fail(ResourceExhaustedError("out of memory inflating gzip stream"));
    } else if (code != Z_OK && code != Z_BUF_ERROR) {
      return fail(DataLossError("corrupt gzip stream: " + ZlibMessage(stream, code)));
    }
    if (produced > 0) return produced;
  }
}

StatusOr<std::string> InflateBounded(std::string_view compressed, size_t max_output_bytes) {
  for (const int window_bits : {kAutoHeaderWindowBits, kRawDeflateWindowBits}) {
    z_stream stream{};
    if (inflateInit2(&stream, window_bits) != Z_OK) {
      return ResourceExhaustedError("cannot initialize zlib");
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(std::min<size_t>(compressed.size(), UINT32_MAX));
    std::string out;
    char chunk[16384];
    int code = Z_OK;
    bool too_large = false;
    while (code == Z_OK) {
      stream.next_out = reinterpret_cast<Bytef*>(chunk);
      stream.avail_out = sizeof(chunk);
      code = inflate(&stream, Z_NO_FLUSH);
      const size_t produced = sizeof(chunk) - stream.avail_out;
      if (out.size() + produced > max_output_bytes) {
        too_large = true;
        break;
      }
      out.append(chunk, produced);
      if (code == Z_OK && produced == 0 && stream.avail_in == 0) code = Z_BUF_ERROR;
    }
    inflateEnd(&stream);
    if (too_large) {
      return ResourceExhaustedError("decompressed payload larger than " +
                                    std::to_string(max_output_bytes) + " bytes");
    }
    if (code == Z_STREAM_END) return out;
    if (code == Z_BUF_ERROR) return DataLossError("truncated compressed payload");
    // A header error with the auto mode: retry as raw deflate (some servers send that).
  }
  return DataLossError("corrupt compressed payload");
}

}  // namespace crosscheck
