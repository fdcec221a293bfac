#pragma once

// Eight-float vectors for the hand-blocked kernels (conv_sliding.cpp, pool.cpp): AVX2 + FMA
// intrinsics when the compiler targets them, otherwise GCC/Clang vector extensions (which lower
// to whatever the target has). ISO C++ mode compiles with -ffp-contract=off, so a * b + c would
// not become an FMA by itself; fma() asks for it explicitly.

#include <cstring>

#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#endif

namespace convscope::simd {

inline constexpr int kWidth = 8;

#if defined(__AVX2__) && defined(__FMA__)

using Vec = __m256;
inline Vec load(const float *p) { return _mm256_loadu_ps(p); }
inline void store(float *p, Vec v) { _mm256_storeu_ps(p, v); }
inline Vec broadcast(float x) { return _mm256_set1_ps(x); }
inline Vec fma(Vec a, Vec b, Vec c) { return _mm256_fmadd_ps(a, b, c); }
// The larger of a and b, NaN if either is NaN (PyTorch's max pooling propagates NaN).
inline Vec maxNan(Vec a, Vec b)
{
    const Vec m = _mm256_max_ps(a, b); // b when either is NaN
    return _mm256_blendv_ps(m, a, _mm256_cmp_ps(a, a, _CMP_UNORD_Q));
}

#else

using Vec = float __attribute__((vector_size(32)));
inline Vec load(const float *p)
{
    Vec v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
inline void store(float *p, Vec v) { std::memcpy(p, &v, sizeof v); }
inline Vec broadcast(float x) { return Vec {} + x; }
inline Vec fma(Vec a, Vec b, Vec c) { return a * b + c; }
inline Vec maxNan(Vec a, Vec b)
{
    Vec r;
    for (int i = 0; i < kWidth; ++i)
        r[i] = (a[i] != a[i] || a[i] > b[i]) ? a[i] : b[i]; // b when b is NaN
    return r;
}

#endif

} // namespace convscope::simd
