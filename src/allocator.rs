//! Allocator settings shared by the app, the benchmarks and `frame_bench`.

/// Allocator settings of the app, called first thing in `main` and by the
/// benchmarks and `frame_bench`, so they measure what users run.
///
/// egui builds multi-megabyte vertex buffers every frame. With glibc's
/// defaults each such buffer is a fresh `mmap` and the heap is trimmed after
/// every frame, so the kernel hands out (and zeroes) new pages each time: a
/// third of a zoomed-out frame went to page faults. Keeping big blocks in
/// the heap and trimming only above 128 MiB of free memory reuses them.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes thresholds of the C allocator.
    unsafe {
        // glibc's largest allowed mmap threshold on 64-bit systems.
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
    }
}
