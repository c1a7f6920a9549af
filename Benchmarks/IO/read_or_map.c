/* How the bytes of the CIN census files reach a reader: read(2) into one reusable 1 MiB buffer (what
 * ChunkedInput does) against mmap(2) of the whole file, each touching every 64-byte line once and
 * summing a byte of each, so that both pay for bringing every byte into the cache and nothing else.
 * Run by national.py on the same files (page-cached) as the CIN XML comparison: prints the seconds
 * of each method, best of 3.  cc -O2 -o read_or_map read_or_map.c */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }

static unsigned long touch(const unsigned char *p, size_t n) {
    unsigned long sum = 0;
    for (size_t i = 0; i < n; i += 64) sum += p[i];
    return sum;
}

int main(int argc, char **argv) {
    static unsigned char buffer[1 << 20];
    double best_read = 1e9, best_map = 1e9;
    unsigned long sum = 0;
    for (int round = 0; round < 3; round++) {
        double t = now();
        for (int f = 1; f < argc; f++) {
            int fd = open(argv[f], O_RDONLY);
            if (fd < 0) { perror(argv[f]); return 1; }
            ssize_t n;
            while ((n = read(fd, buffer, sizeof buffer)) > 0) sum += touch(buffer, (size_t)n);
            close(fd);
        }
        if (now() - t < best_read) best_read = now() - t;
        t = now();
        for (int f = 1; f < argc; f++) {
            int fd = open(argv[f], O_RDONLY);
            struct stat st;
            if (fd < 0 || fstat(fd, &st) != 0) { perror(argv[f]); return 1; }
            if (st.st_size > 0) {
                const unsigned char *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
                if (p == MAP_FAILED) { perror("mmap"); return 1; }
                madvise((void *)p, (size_t)st.st_size, MADV_SEQUENTIAL);
                sum += touch(p, (size_t)st.st_size);
                munmap((void *)p, (size_t)st.st_size);
            }
            close(fd);
        }
        if (now() - t < best_map) best_map = now() - t;
    }
    printf("%.4f %.4f %lu\n", best_read, best_map, sum & 1);
    return 0;
}
