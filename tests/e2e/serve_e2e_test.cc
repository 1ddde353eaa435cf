// End to end, the built binary: `crosscheck serve` on a loopback port picked by the kernel,
// the seeds ingested through POST /api/documents with the token (401 without it), then the
// index, a story, a search hit, the Atom feed (parsed with Python's XML parser) and a clean
// stop on SIGTERM. Also: `serve` on a missing store fails with a message.
#include <gtest/gtest.h>
#include <httplib.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "report/json_writer.h"
#include "run_cli.h"

namespace {

namespace fs = std::filesystem;
using crosscheck::e2e::RunCli;

constexpr char kToken[] = "e2e-token-0123";

// Runs a shell command; its exit code and output.
crosscheck::e2e::RunResult RunShell(const std::string& command) {
  crosscheck::e2e::RunResult result;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A running `crosscheck serve`: started with its stdout on a pipe, ready once it printed the
// address it listens on; stopped with SIGTERM.
class ServeProcess {
 public:
  ServeProcess(const std::vector<std::string>& args) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<char*> argv;
      argv.push_back(const_cast<char*>(CROSSCHECK_BINARY));
      for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
      argv.push_back(nullptr);
      execv(CROSSCHECK_BINARY, argv.data());
      _exit(127);
    }
    close(out[1]);
    out_ = out[0];
  }
  ~ServeProcess() {
    if (pid_ > 0 && !reaped_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (out_ >= 0) close(out_);
  }

  // Reads stdout until the "serving ... on http://HOST:PORT/" line; the port, or -1 when the
  // process ended or said nothing within `timeout`.
  int WaitForPort(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      const size_t at = output_.find("http://127.0.0.1:");
      if (at != std::string::npos && output_.find('/', at + 17) != std::string::npos) {
        return std::atoi(output_.c_str() + at + 17);
      }
      pollfd ready{out_, POLLIN, 0};
      if (poll(&ready, 1, 100) <= 0) continue;
      char buffer[512];
      const ssize_t n = read(out_, buffer, sizeof buffer);
      if (n <= 0) return -1;
      output_.append(buffer, static_cast<size_t>(n));
    }
    return -1;
  }

  // SIGTERM, then the exit code (-1 when it did not exit by itself within 10 s).
  int Stop() {
    kill(pid_, SIGTERM);
    for (int tick = 0; tick < 100; ++tick) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        reaped_ = true;
        char buffer[512];
        ssize_t n;
        while ((n = read(out_, buffer, sizeof buffer)) > 0) output_.append(buffer, n);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return -1;
  }

  const std::string& output() const { return output_; }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  bool reaped_ = false;
  std::string output_;
};

class ServeCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("crosscheck_serve_e2e." + std::to_string(getpid()) + "." +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
    for (const auto& entry :
         fs::directory_iterator(std::string(CROSSCHECK_SOURCE_DIR) + "/examples/seeds")) {
      seeds_.push_back(entry.path());
    }
    std::sort(seeds_.begin(), seeds_.end());
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string Path(const std::string& name) const { return (folder_ / name).string(); }

  // The seeds from `first` on as JSONL records, as analyze reads .jsonl files.
  std::string SeedsAsJsonl(size_t first) const {
    std::string body;
    for (size_t seed_idx = first; seed_idx < seeds_.size(); ++seed_idx) {
      body += "{\"id\": ";
      crosscheck::AppendJsonString(seeds_[seed_idx].stem().string(), body);
      body += ", \"text\": ";
      crosscheck::AppendJsonString(ReadFile(seeds_[seed_idx]), body);
      body += "}\n";
    }
    return body;
  }

  fs::path folder_;
  std::vector<fs::path> seeds_;
};

TEST_F(ServeCliTest, IngestThroughPostThenReadEveryView) {
  ASSERT_EQ(seeds_.size(), 5u);
  const std::string db = Path("store.db");
  // The store is made by `ingest` (one seed); the other four come through the API.
  ASSERT_EQ(RunCli("ingest " + seeds_[0].string() + " --db " + db).exit_code, 0);

  // A high rate limit: the reader below asks as fast as it can while the ingest runs (the
  // limiter's 429 is tested in server_test).
  ServeProcess serve(
      {"serve", "--db", db, "--port", "0", "--token", kToken, "--threads", "4", "--rate", "1000"});
  const int port = serve.WaitForPort(std::chrono::seconds(20));
  ASSERT_GT(port, 0) << serve.output();
  EXPECT_NE(serve.output().find("writes need the token"), std::string::npos) << serve.output();
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(std::chrono::seconds(60));

  const std::string records = SeedsAsJsonl(1);
  httplib::Result anonymous = client.Post("/api/documents", records, "application/x-ndjson");
  ASSERT_TRUE(anonymous) << httplib::to_string(anonymous.error());
  EXPECT_EQ(anonymous->status, 401);
  httplib::Result wrong = client.Post("/api/documents", {{"Authorization", "Bearer nope"}}, records,
                                      "application/x-ndjson");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);

  // Readers go on while the ingest runs.
  std::atomic<bool> ingesting{true};
  std::atomic<int> reads{0}, failed_reads{0};
  std::thread reader([&] {
    httplib::Client reader_client("127.0.0.1", port);
    while (ingesting) {
      httplib::Result listed = reader_client.Get("/api/stories");
      if (!listed || listed->status != 200) ++failed_reads;
      ++reads;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  });
  httplib::Result posted =
      client.Post("/api/documents", {{"Authorization", std::string("Bearer ") + kToken}}, records,
                  "application/x-ndjson");
  ingesting = false;
  reader.join();
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 200) << posted->body;
  EXPECT_NE(posted->body.find("\"added\":4,\"already_stored\":0,\"skipped\":0,\"documents\":5"),
            std::string::npos)
      << posted->body;
  EXPECT_GT(reads.load(), 0);
  EXPECT_EQ(failed_reads.load(), 0);

  httplib::Result index = client.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("<a href=\"/stories/"), std::string::npos) << index->body;

  httplib::Result stories = client.Get("/api/stories");
  ASSERT_TRUE(stories);
  ASSERT_EQ(stories->status, 200);
  const size_t id_at = stories->body.find("\"id\":\"");
  ASSERT_NE(id_at, std::string::npos) << stories->body;
  const std::string story_id =
      stories->body.substr(id_at + 6, stories->body.find('"', id_at + 6) - id_at - 6);

  httplib::Result story = client.Get("/api/stories/" + story_id);
  ASSERT_TRUE(story);
  EXPECT_EQ(story->status, 200);
  EXPECT_NE(story->body.find("\"id\": \"" + story_id + "\""), std::string::npos);
  httplib::Result page = client.Get("/stories/" + story_id);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<!doctype html>"), std::string::npos);

  httplib::Result search = client.Get("/api/search?q=Rutte");
  ASSERT_TRUE(search);
  EXPECT_EQ(search->status, 200);
  EXPECT_NE(search->body.find("\"document\":\"000_d3509a3e001c5912\""), std::string::npos)
      << search->body;

  httplib::Result feed = client.Get("/feed.atom");
  ASSERT_TRUE(feed);
  EXPECT_EQ(feed->status, 200);
  std::ofstream(Path("feed.atom"), std::ios::binary) << feed->body;
  const auto parsed = RunShell(
      "python3 -c \"import sys, xml.etree.ElementTree as E; "
      "a='{http://www.w3.org/2005/Atom}'; f=E.parse(sys.argv[1]).getroot(); "
      "assert f.tag==a+'feed' and f.find(a+'id') is not None and f.find(a+'updated') is not None; "
      "es=f.findall(a+'entry'); assert es; "
      "assert all(e.find(a+'id') is not None and e.find(a+'title') is not None and "
      "e.find(a+'updated') is not None and e.find(a+'link').get('href').startswith('http://') "
      "for e in es); print(len(es), 'entries')\" " +
      Path("feed.atom") + " 2>&1");
  EXPECT_EQ(parsed.exit_code, 0) << parsed.output << feed->body;
  httplib::Result story_feed = client.Get("/stories/" + story_id + "/feed.atom");
  ASSERT_TRUE(story_feed);
  EXPECT_EQ(story_feed->status, 200);

  httplib::Result changes = client.Get("/api/changes");
  ASSERT_TRUE(changes);
  EXPECT_EQ(changes->status, 200);
  EXPECT_NE(changes->body.find("\"kind\":\"new_story\""), std::string::npos) << changes->body;

  httplib::Result unknown = client.Get("/no/such/route");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(unknown->get_header_value("Content-Type"), "application/json");

  EXPECT_EQ(serve.Stop(), 0) << serve.output();
  EXPECT_NE(serve.output().find("stopped"), std::string::npos) << serve.output();
}

TEST_F(ServeCliTest, WithoutTokenWritesAreRefused) {
  const std::string db = Path("store.db");
  ASSERT_EQ(RunCli("ingest " + seeds_[0].string() + " --db " + db).exit_code, 0);
  ServeProcess serve({"serve", "--db", db, "--port", "0"});
  const int port = serve.WaitForPort(std::chrono::seconds(20));
  ASSERT_GT(port, 0) << serve.output();
  httplib::Client client("127.0.0.1", port);
  httplib::Result posted = client.Post("/api/documents", {{"Authorization", "Bearer x"}},
                                       SeedsAsJsonl(1), "application/x-ndjson");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 403);
  EXPECT_NE(posted->body.find("--token"), std::string::npos);
  EXPECT_EQ(serve.Stop(), 0);
}

TEST_F(ServeCliTest, MissingStoreIsAClearError) {
  const auto result = RunCli("serve --port 0 --db " + Path("missing.db"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("no store at"), std::string::npos) << result.output;
}

}  // namespace
