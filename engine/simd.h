#pragma once

// Eight-float vectors for the hand-blocked kernels (conv_sliding.cpp, pool.cpp): AVX2 + FMA
// intrinsics when the compiler targets them, otherwise GCC/Clang vector extensions (which lower
// to whatever the target has). ISO C++ mode compiles with -ffp-contract=off, so a * b + c would
// not become an FMA by itself; fma() asks for it explicitly. Both Vec types take + - * directly.

#include <cstring>

#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#endif

namespace convscope::simd {

inline constexpr int kWidth = 8;

#if defined(__AVX2__) && defined(__FMA__)

using Vec = __m256;
inline Vec load(const float* p)
{
    return _mm256_loadu_ps(p);
}
inline void store(float* p, Vec v)
{
    _mm256_storeu_ps(p, v);
}
inline Vec broadcast(float x)
{
    return _mm256_set1_ps(x);
}
inline Vec fma(Vec a, Vec b, Vec c)
{
    return _mm256_fmadd_ps(a, b, c);
}
// The larger of a and b, NaN if either is NaN (PyTorch's max pooling propagates NaN).
inline Vec maxNan(Vec a, Vec b)
{
    const Vec m = _mm256_max_ps(a, b); // b when either is NaN
    return _mm256_blendv_ps(m, a, _mm256_cmp_ps(a, a, _CMP_UNORD_Q));
}
// Loads p[0..15] as its even elements p0 p2 .. p14 and its odd elements p1 p3 .. p15.
inline void loadDeinterleaved(const float* p, Vec& even, Vec& odd)
{
    const Vec a = load(p);
    const Vec b = load(p + kWidth);
    // Per 128-bit lane: a0 a2 b0 b2 | a4 a6 b4 b6; then swap the middle 64-bit quarters.
    const auto fix
        = [](Vec v) { return _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(v), 0xD8)); };
    even = fix(_mm256_shuffle_ps(a, b, _MM_SHUFFLE(2, 0, 2, 0)));
    odd = fix(_mm256_shuffle_ps(a, b, _MM_SHUFFLE(3, 1, 3, 1)));
}
// Stores a0 b0 a1 b1 .. a7 b7 at p[0..15].
inline void storeInterleaved(float* p, Vec a, Vec b)
{
    const Vec lo = _mm256_unpacklo_ps(a, b); // a0 b0 a1 b1 | a4 b4 a5 b5
    const Vec hi = _mm256_unpackhi_ps(a, b); // a2 b2 a3 b3 | a6 b6 a7 b7
    store(p, _mm256_permute2f128_ps(lo, hi, 0x20));
    store(p + kWidth, _mm256_permute2f128_ps(lo, hi, 0x31));
}

#else

using Vec = float __attribute__((vector_size(32)));
inline Vec load(const float* p)
{
    Vec v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
inline void store(float* p, Vec v)
{
    std::memcpy(p, &v, sizeof v);
}
inline Vec broadcast(float x)
{
    return Vec {} + x;
}
inline Vec fma(Vec a, Vec b, Vec c)
{
    return a * b + c;
}
inline Vec maxNan(Vec a, Vec b)
{
    Vec r;
    for (int i = 0; i < kWidth; ++i)
        r[i] = (a[i] != a[i] || a[i] > b[i]) ? a[i] : b[i]; // b when b is NaN
    return r;
}
inline void loadDeinterleaved(const float* p, Vec& even, Vec& odd)
{
    for (int i = 0; i < kWidth; ++i) {
        even[i] = p[2 * i];
        odd[i] = p[2 * i + 1];
    }
}
inline void storeInterleaved(float* p, Vec a, Vec b)
{
    for (int i = 0; i < kWidth; ++i) {
        p[2 * i] = a[i];
        p[2 * i + 1] = b[i];
    }
}

#endif

} // namespace convscope::simd
