// A program for TestLaunch to run inside a launch: reports what it sees.
// Plain C++ on purpose: it must start fast and load nothing it does not need.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

extern char **environ;

static int printClock()
{
    timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("%lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
    return 0;
}

static int printFds()
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return 1;
    std::string fds;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] == '.' || std::atoi(entry->d_name) == dirfd(dir))
            continue;
        fds += std::string(fds.empty() ? "" : " ") + entry->d_name;
    }
    closedir(dir);
    std::printf("%s\n", fds.c_str());
    return 0;
}

static int printFile(const char *path, const char *prefix)
{
    FILE *file = std::fopen(path, "r");
    if (!file)
        return 1;
    char line[4096];
    while (std::fgets(line, sizeof line, file)) {
        if (!prefix || std::strncmp(line, prefix, std::strlen(prefix)) == 0)
            std::fputs(line, stdout);
    }
    std::fclose(file);
    return 0;
}

static int tryConnect(const char *path)
{
    const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path, sizeof address.sun_path - 1);
    if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
        std::printf("connected\n");
    else
        std::printf("%s\n", std::strerror(errno));
    return 0;
}

int main(int argc, char **argv)
{
    const std::string what = argc > 1 ? argv[1] : "";
    if (what == "clock")
        return printClock();
    if (what == "fds")
        return printFds();
    if (what == "status")
        return printFile("/proc/self/status", nullptr);
    if (what == "cat" && argc > 2)
        return printFile(argv[2], nullptr);
    if (what == "env") {
        for (char **entry = environ; *entry; ++entry)
            std::printf("%s\n", *entry);
        return 0;
    }
    if (what == "cwd") {
        char buffer[4096];
        std::printf("%s\n", getcwd(buffer, sizeof buffer) ? buffer : std::strerror(errno));
        return 0;
    }
    if (what == "netns") {
        struct stat st;
        if (stat("/proc/self/ns/net", &st) != 0)
            return 1;
        std::printf("%llu\n", static_cast<unsigned long long>(st.st_ino));
        return 0;
    }
    if (what == "connect" && argc > 2)
        return tryConnect(argv[2]);
    std::fprintf(
        stderr, "usage: launch-probe clock|fds|status|cat FILE|env|cwd|netns|connect SOCKET\n");
    return 2;
}
