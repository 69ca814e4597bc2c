// A tiny timing probe for the benchmarks.
//   bench_clock now            prints CLOCK_MONOTONIC in ns (first thing it does)
//   bench_clock gone PATH...   polls every 0.2 ms until no PATH exists, prints the time
// Both print nanoseconds of CLOCK_MONOTONIC, comparable across processes.
#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>

static long long nowNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char *argv[])
{
    const long long start = nowNs();
    if (argc >= 2 && std::strcmp(argv[1], "now") == 0) {
        std::printf("%lld\n", start);
        return 0;
    }
    if (argc >= 2 && std::strcmp(argv[1], "gone") == 0) {
        const long long deadline = start + 30LL * 1000000000LL;
        for (;;) {
            bool any = false;
            for (int i = 2; i < argc; ++i)
                any = any || access(argv[i], F_OK) == 0;
            if (!any)
                break;
            if (nowNs() > deadline)
                return 1;
            usleep(200);
        }
        std::printf("%lld\n", nowNs());
        return 0;
    }
    std::fprintf(stderr, "usage: bench_clock now | gone PATH...\n");
    return 64;
}
