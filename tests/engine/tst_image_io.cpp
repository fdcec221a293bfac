// Image loading: the shared samples, 16-bit files, every pre-checked header, and bad inputs, each
// with its message. Files that claim a huge size are a few dozen bytes crafted here: they must be
// refused from the header, before OpenCV decodes anything.

#include "image_io.h"

#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>

using namespace convscope;

namespace {

const std::string imagesDir = CONVSCOPE_SHARED_DIR "/images/";

std::string be(std::uint64_t v, int n)
{
    std::string s;
    for (int k = n - 1; k >= 0; --k)
        s += static_cast<char>((v >> (8 * k)) & 0xFF);
    return s;
}

std::string le(std::uint64_t v, int n)
{
    std::string s;
    for (int k = 0; k < n; ++k)
        s += static_cast<char>((v >> (8 * k)) & 0xFF);
    return s;
}

// CRC-32 of PNG chunks (PNG specification, Annex D), so the crafted header is a valid one.
std::uint32_t crc32(const std::string& bytes)
{
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : bytes) {
        c ^= b;
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return c ^ 0xFFFFFFFFu;
}

std::string pngHeader(std::uint32_t width, std::uint32_t height, int depth = 8, int colourType = 2)
{
    const std::string ihdr = "IHDR" + be(width, 4) + be(height, 4) + static_cast<char>(depth)
        + static_cast<char>(colourType) + std::string(3, '\0');
    // A few bytes of an IDAT chunk follow; the image data itself is absent.
    return std::string("\x89PNG\r\n\x1a\n", 8) + be(13, 4) + ihdr + be(crc32(ihdr), 4) + be(4, 4)
        + "IDAT" + std::string("\x78\x9c\x03\x00", 4);
}

std::string jpegHeader(int width, int height)
{
    // SOI, an APP0 (JFIF) segment to walk past, then SOF0: length 17, precision 8, height,
    // width, 3 components of 3 bytes.
    std::string s("\xFF\xD8", 2);
    s += std::string("\xFF\xE0", 2) + be(16, 2)
        + std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14);
    s += std::string("\xFF\xC0", 2) + be(17, 2) + '\x08' + be(std::uint64_t(height), 2)
        + be(std::uint64_t(width), 2) + '\x03' + std::string(9, '\x01');
    return s + std::string("\xFF\xD9", 2);
}

std::string bmpHeader(std::int32_t width, std::int32_t height)
{
    return "BM" + le(0, 4) + le(0, 4) + le(54, 4) + le(40, 4) + le(std::uint32_t(width), 4)
        + le(std::uint32_t(height), 4) + le(1, 2) + le(24, 2) + std::string(24, '\0');
}

std::string tiffHeader(bool little, std::uint32_t width, std::uint32_t height)
{
    auto u16 = [&](std::uint64_t v) { return little ? le(v, 2) : be(v, 2); };
    auto u32 = [&](std::uint64_t v) { return little ? le(v, 4) : be(v, 4); };
    std::string s = little ? std::string("II*\0", 4) : std::string("MM\0*", 4);
    s += u32(8) + u16(3);
    s += u16(256) + u16(4) + u32(1) + u32(width); // ImageWidth, LONG
    s += u16(257) + u16(3) + u32(1) + u16(height) + u16(0); // ImageLength, SHORT
    s += u16(277) + u16(3) + u32(1) + u16(3) + u16(0); // SamplesPerPixel
    return s + u32(0);
}

std::string webpVp8x(std::uint32_t width, std::uint32_t height)
{
    return "RIFF" + le(30, 4) + "WEBPVP8X" + le(10, 4) + std::string(4, '\0') + le(width - 1, 3)
        + le(height - 1, 3);
}

std::string webpVp8(int width, int height)
{
    return "RIFF" + le(30, 4) + "WEBPVP8 " + le(10, 4) + std::string(3, '\0')
        + std::string("\x9d\x01\x2a", 3) + le(std::uint64_t(width), 2)
        + le(std::uint64_t(height), 2);
}

std::string webpVp8l(int width, int height)
{
    const std::uint32_t bits = std::uint32_t(width - 1) | (std::uint32_t(height - 1) << 14);
    return "RIFF" + le(30, 4) + "WEBPVP8L" + le(5, 4) + '\x2f' + le(bits, 4);
}

std::string readBytes(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", path.c_str());
    return f.readAll().toStdString();
}

std::string writeTemp(const QTemporaryDir& dir, const QString& name, const std::string& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes.data(), qint64(bytes.size()));
    return path.toStdString();
}

std::pair<float, float> range(const Tensor& t)
{
    const auto [lo, hi] = std::minmax_element(t.values().begin(), t.values().end());
    return { *lo, *hi };
}

} // namespace

class TestImageIo : public QObject {
    Q_OBJECT
private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("keepAlpha");
        QTest::addColumn<QList<int>>("shape");
        QTest::newRow("chelsea, RGB") << "chelsea.png" << false << QList { 3, 300, 451 };
        QTest::newRow("camera, grey stays grey") << "camera.png" << false << QList { 1, 512, 512 };
        QTest::newRow("horse, RGBA drops alpha") << "horse.png" << false << QList { 3, 328, 400 };
        QTest::newRow("horse, RGBA keeps alpha") << "horse.png" << true << QList { 4, 328, 400 };
        QTest::newRow("coffee") << "coffee.png" << false << QList { 3, 400, 600 };
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(bool, keepAlpha);
        QFETCH(QList<int>, shape);
        ImageLoadOptions o;
        o.keepAlpha = keepAlpha;
        auto t = loadImage(imagesDir + file.toStdString(), o);
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        QCOMPARE(t->shape(), std::vector<int>(shape.begin(), shape.end()));
        const auto [lo, hi] = range(*t);
        QVERIFY(lo >= 0.0f && hi <= 1.0f);
        QVERIFY2(hi - lo > 0.5f, "a photo spans more than half the range");
        auto info = probeImage(imagesDir + file.toStdString());
        QVERIFY(info.ok());
        QCOMPARE(info->width, shape[2]);
        QCOMPARE(info->height, shape[1]);
        QCOMPARE(info->format, std::string("PNG"));
    }

    void colourOptions()
    {
        ImageLoadOptions rgb;
        rgb.color = ImageColor::Rgb;
        auto camera = loadImage(imagesDir + "camera.png", rgb);
        QVERIFY(camera.ok());
        QCOMPARE(camera->shape(), (std::vector<int> { 3, 512, 512 }));
        QVERIFY(
            std::equal(camera->plane(0), camera->plane(0) + camera->planeSize(), camera->plane(2)));

        ImageLoadOptions gray;
        gray.color = ImageColor::Gray;
        auto cat = loadImage(imagesDir + "chelsea.png", gray);
        QVERIFY(cat.ok());
        QCOMPARE(cat->shape(), (std::vector<int> { 1, 300, 451 }));

        // Chelsea is a ginger cat: red exceeds blue on average, so R and B are not swapped.
        auto colour = loadImage(imagesDir + "chelsea.png");
        QVERIFY(colour.ok());
        double r = 0, b = 0;
        for (std::int64_t i = 0; i < colour->planeSize(); ++i) {
            r += colour->plane(0)[i];
            b += colour->plane(2)[i];
        }
        QVERIFY(r > b * 1.2);
        const auto info = probeImage(imagesDir + "horse.png");
        QVERIFY(info.ok());
        QCOMPARE(info->channels, 4);
    }

    void sixteenBit()
    {
        QTemporaryDir dir;
        cv::Mat grey(2, 3, CV_16UC1);
        grey.at<std::uint16_t>(0, 0) = 0;
        grey.at<std::uint16_t>(0, 1) = 65535;
        grey.at<std::uint16_t>(0, 2) = 32768;
        grey.at<std::uint16_t>(1, 0) = 1;
        grey.at<std::uint16_t>(1, 1) = 257;
        grey.at<std::uint16_t>(1, 2) = 65534;
        const std::string greyPath = dir.filePath("grey16.png").toStdString();
        QVERIFY(cv::imwrite(greyPath, grey));
        auto t = loadImage(greyPath);
        QVERIFY(t.ok());
        QCOMPARE(t->shape(), (std::vector<int> { 1, 2, 3 }));
        QCOMPARE((*t)[1], 1.0f);
        QVERIFY(std::abs((*t)[2] - 32768.0f / 65535.0f) < 1e-7f);
        QVERIFY(std::abs((*t)[3] - 1.0f / 65535.0f) < 1e-9f); // a step 8 bits could not hold
        auto info = probeImage(greyPath);
        QVERIFY(info.ok());
        QCOMPARE(info->bitDepth, 16);

        cv::Mat colour(1, 2, CV_16UC3, cv::Scalar(0, 0, 65535)); // BGR: pure red
        const std::string colourPath = dir.filePath("red16.png").toStdString();
        QVERIFY(cv::imwrite(colourPath, colour));
        auto red = loadImage(colourPath);
        QVERIFY(red.ok());
        QCOMPARE(red->shape(), (std::vector<int> { 3, 1, 2 }));
        QCOMPARE((*red)[0], 1.0f);
        QCOMPARE((*red)[2], 0.0f);
        QCOMPARE((*red)[4], 0.0f);
    }

    void otherFormats_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("channels");
        QTest::newRow("BMP") << "bmp"
                             << "BMP" << 3;
        QTest::newRow("JPEG") << "jpg"
                              << "JPEG" << 3;
        QTest::newRow("TIFF") << "tiff"
                              << "TIFF" << 3;
        QTest::newRow("WebP") << "webp"
                              << "WebP" << 3;
        QTest::newRow("PPM") << "ppm"
                             << "PNM" << 3;
        QTest::newRow("PGM") << "pgm"
                             << "PNM" << 1;
        QTest::newRow("PFM") << "pfm"
                             << "PFM" << 3;
        QTest::newRow("Sun raster") << "sr"
                                    << "Sun raster" << 3;
    }

    void otherFormats()
    {
        QFETCH(QString, extension);
        QFETCH(QString, format);
        QFETCH(int, channels);
        QTemporaryDir dir;
        const std::string path = dir.filePath("image." + extension).toStdString();
        cv::Mat image(5, 7, channels == 1 ? CV_8UC1 : CV_8UC3, cv::Scalar(40, 120, 200));
        if (extension == "pfm")
            image.convertTo(image, CV_32F, 1.0 / 255);
        if (!cv::haveImageWriter(path))
            QSKIP("this OpenCV cannot write the format");
        QVERIFY(cv::imwrite(path, image));
        auto info = probeImage(path);
        QVERIFY2(info.ok(), info.ok() ? "" : info.error().message.c_str());
        QCOMPARE(info->width, 7);
        QCOMPARE(info->height, 5);
        QCOMPARE(QString::fromStdString(info->format), format);
        auto t = loadImage(path);
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
        QCOMPARE(t->shape(), (std::vector<int> { channels, 5, 7 }));
        // (40, 120, 200) in BGR is R = 200/255; lossy formats come close.
        QVERIFY(std::abs((*t)[0] - (channels == 1 ? 40 : 200) / 255.0f) < 0.03f);
    }

    void craftedHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("format");
        auto row = [](const char* name, const std::string& b, int w, int h, const char* f) {
            QTest::newRow(name) << QByteArray::fromStdString(b) << w << h << QString(f);
        };
        row("PNG", pngHeader(640, 480), 640, 480, "PNG");
        row("JPEG after an APP0 segment", jpegHeader(1024, 768), 1024, 768, "JPEG");
        row("JPEG with fill bytes", std::string("\xFF\xD8\xFF\xFF", 4) + jpegHeader(9, 7).substr(3),
            9, 7, "JPEG");
        row("BMP bottom-up", bmpHeader(300, 200), 300, 200, "BMP");
        row("BMP top-down (negative height)", bmpHeader(300, -200), 300, 200, "BMP");
        row("BMP core header",
            "BM" + std::string(12, '\0') + le(12, 4) + le(20, 2) + le(10, 2) + le(1, 2) + le(24, 2)
                + std::string(8, '\0'),
            20, 10, "BMP");
        row("GIF", "GIF89a" + le(320, 2) + le(200, 2) + std::string(3, '\0'), 320, 200, "GIF");
        row("WebP lossy (VP8)", webpVp8(800, 600), 800, 600, "WebP");
        row("WebP lossless (VP8L)", webpVp8l(1000, 999), 1000, 999, "WebP");
        row("WebP extended (VP8X)", webpVp8x(4000, 3000), 4000, 3000, "WebP");
        row("TIFF little-endian", tiffHeader(true, 70000, 50), 70000, 50, "TIFF");
        row("TIFF big-endian", tiffHeader(false, 123, 45), 123, 45, "TIFF");
        row("PGM with a comment", "P5\n# made by hand\n 12 34\n255\n", 12, 34, "PNM");
        row("PAM", "P7\nWIDTH 5\nHEIGHT 6\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\nENDHDR\n", 5, 6,
            "PAM");
        row("PFM", "Pf\n3 2\n-1.0\n", 3, 2, "PFM");
    }

    void craftedHeaders()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, format);
        auto info = probeImageBytes(bytes.toStdString(), "x");
        QVERIFY2(info.ok(), info.ok() ? "" : info.error().message.c_str());
        QCOMPARE(info->width, width);
        QCOMPARE(info->height, height);
        QCOMPARE(QString::fromStdString(info->format), format);
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message"); // after "cannot load <path>: "
        const std::string chelsea = readBytes(imagesDir + "chelsea.png");
        const QString tooBig = "; ConvScope opens images up to 50 megapixels: scale it down first";
        auto row = [](const char* name, const std::string& b, const QString& m) {
            QTest::newRow(name) << QByteArray::fromStdString(b) << m;
        };
        row("0 bytes", "", "the file is empty");
        row("garbage", std::string("\x13\x37\xde\xad\xbe\xef garbage", 14),
            "not an image OpenCV can read (the file is not PNG, JPEG, BMP, TIFF, WebP or PNM): "
            "open a "
            "PNG or JPEG photo");
        row("text file named .png", "this is not a picture\n",
            "not an image OpenCV can read (the file is not PNG, JPEG, BMP, TIFF, WebP or PNM): "
            "open a "
            "PNG or JPEG photo");
        row("PNG signature only", chelsea.substr(0, 8), "the PNG header is truncated or damaged");
        row("truncated PNG", chelsea.substr(0, 2000),
            "the PNG data is damaged or truncated: its iCCP chunk at byte 33 claims 2625 bytes "
            "and only 1959 follow");
        // fuzz_image: a chunk length read from misplaced bytes ("EXte") made libpng allocate
        // 1.1 GB for a 14 KB file. The chunks are now walked before libpng sees them.
        const std::string bigText
            = chelsea.substr(0, 33) + be(0x45587465, 4) + "tEXt" + chelsea.substr(33);
        row("PNG whose tEXt chunk claims 1.1 GB", bigText,
            "the PNG data is damaged or truncated: its tEXt chunk at byte 33 claims 1163424869 "
            "bytes and only "
                + QString::number(bigText.size() - 41) + " follow");
        row("PNG whose chunk length passes 2^31",
            chelsea.substr(0, 33) + be(0x80000000u, 4) + "tEXt" + chelsea.substr(33),
            "the PNG data is damaged or truncated: its tEXt chunk at byte 33 claims 2147483648 "
            "bytes and only "
                + QString::number(bigText.size() - 41) + " follow");
        row("PNG claiming 60000x60000", pngHeader(60000, 60000),
            "the image is 60000x60000 = 3600 megapixels" + tooBig);
        row("PNG claiming 0 width", pngHeader(0, 10),
            "the PNG header says the image is 0x10 pixels: it is empty or damaged");
        row("JPEG claiming 65000x65000", jpegHeader(65000, 65000),
            "the image is 65000x65000 = 4225 megapixels" + tooBig);
        row("JPEG without a frame header", std::string("\xFF\xD8\xFF\xD9", 4),
            "the JPEG header is truncated or damaged");
        row("BMP claiming 100000x100000", bmpHeader(100000, -100000),
            "the image is 100000x100000 = 10000 megapixels" + tooBig);
        row("WebP claiming 16384x16384", webpVp8x(16384, 16384),
            "the image is 16384x16384 = 268 megapixels" + tooBig);
        row("TIFF claiming 4000000x20", tiffHeader(true, 4000000, 20),
            "the image is 4000000x20 = 80 megapixels" + tooBig);
        row("TIFF with its directory past the end", std::string("II*\0", 4) + le(4096, 4),
            "the TIFF header is truncated or damaged");
        row("PGM claiming 10000x10000", "P5 10000 10000 255\n",
            "the image is 10000x10000 = 100 megapixels" + tooBig);
        row("GIF", "GIF89a" + le(32, 2) + le(20, 2) + std::string(20, '\0'),
            "OpenCV 4.6 cannot decode GIF images: convert it to PNG");
        // fuzz_image: libwebp declined this damaged header, so OpenCV handed it to its next
        // decoder that knew the bytes, DICOM ("DICM" at byte 128), whose library asserted.
        row("damaged WebP with DICOM's signature",
            QByteArray::fromBase64(
                "UklGRloBAABXRUJQVlA4TE0BAAAvC4BB/1A3ClcBAAAAAERICgAAAA1JSERSAABQNQr/"
                "AAwAAAAI////rAoyNVYuimJEUgAAUDUK/wAMAAAACP///6wKMjU1CopiZlmyAAAAAAAA"
                "AwAAAAAAAAAAAAAAAF4AAAAAAAAAAJiPfwpESUNNlW5NlT8/Vg==")
                .toStdString(),
            "ConvScope cannot check the size of DICOM images before decoding them: convert it to "
            "PNG");
        row("DICOM", std::string(128, '\0') + "DICM" + std::string(64, '\0'),
            "ConvScope cannot check the size of DICOM images before decoding them: convert it to "
            "PNG");
        row("OpenEXR", std::string("\x76\x2f\x31\x01\x02\0\0\0", 8),
            "ConvScope cannot check the size of OpenEXR images before decoding them: convert it to "
            "PNG");
    }

    void badInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const std::string path = writeTemp(dir, "bad.png", bytes.toStdString());
        auto t = loadImage(path);
        QVERIFY(!t.ok());
        QCOMPARE(QString::fromStdString(t.error().message),
            "cannot load " + QString::fromStdString(path) + ": " + message);
    }

    void missingFileAndDirectory()
    {
        QTemporaryDir dir;
        const std::string missing = dir.filePath("nothing.png").toStdString();
        auto t = loadImage(missing);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().message, "cannot read " + missing + ": no such file");
        auto d = loadImage(dir.path().toStdString());
        QVERIFY(!d.ok());
        QCOMPARE(
            d.error().message, "cannot read " + dir.path().toStdString() + ": it is a directory");
        QVERIFY(!probeImage(missing).ok());
    }

    void smallerLimitFromOptions()
    {
        ImageLoadOptions o;
        o.maxPixels = 100'000;
        auto t = loadImage(imagesDir + "chelsea.png", o);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().message,
            "cannot load " + imagesDir
                + "chelsea.png: the image is 451x300 "
                  "= 0.1 megapixels; ConvScope opens images up to 0.1 megapixels: "
                  "scale it down first");
    }

    void savePng()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.png").toStdString();
        cv::Mat image(4, 6, CV_8UC3, cv::Scalar(255, 0, 0)); // BGR blue
        QVERIFY(saveImagePng(path, image).ok());
        auto t = loadImage(path);
        QVERIFY(t.ok());
        QCOMPARE(t->shape(), (std::vector<int> { 3, 4, 6 }));
        QCOMPARE((*t)[2 * 24], 1.0f); // the blue plane
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { "out.png" });

        QVERIFY(!saveImagePng(path, cv::Mat()).ok());
        auto floatImage = saveImagePng(path, cv::Mat(2, 2, CV_32FC1, cv::Scalar(0.5)));
        QVERIFY(!floatImage.ok());
        QVERIFY(floatImage.error().message.find("8- or 16-bit") != std::string::npos);
        QVERIFY(!saveImagePng(dir.filePath("no/such/dir/out.png").toStdString(), image).ok());
    }

    void displayColours()
    {
        // Signed data: diverging, symmetric about 0: -1 full blue, 0 white, 1 full red, 0.5
        // halfway.
        Tensor signedMap({ 1, 1, 5 });
        const float values[] = { -1.0f, 0.0f, 1.0f, 0.5f, std::nanf("") };
        std::copy(std::begin(values), std::end(values), signedMap.data());
        const cv::Mat d = toDisplay(signedMap, 0, Normalisation::Auto);
        QCOMPARE(d.type(), CV_8UC3);
        QCOMPARE(d.size(), cv::Size(5, 1));
        QCOMPARE(d.at<cv::Vec3b>(0, 0), cv::Vec3b(0xac, 0x66, 0x21));
        QCOMPARE(d.at<cv::Vec3b>(0, 1), cv::Vec3b(255, 255, 255));
        QCOMPARE(d.at<cv::Vec3b>(0, 2), cv::Vec3b(0x2b, 0x18, 0xb2));
        QCOMPARE(d.at<cv::Vec3b>(0, 3), cv::Vec3b(149, 140, 217)); // (255 + 0x2b) / 2 ...
        QCOMPARE(d.at<cv::Vec3b>(0, 4), cv::Vec3b(255, 255, 255)); // NaN drawn as 0
        const auto scale = displayScale(signedMap, 0, Normalisation::Auto);
        QVERIFY(scale.diverging);
        QCOMPARE(scale.low, -1.0f);
        QCOMPARE(scale.high, 1.0f);

        // Non-negative data: grey from 0 (black) to the maximum (white).
        Tensor relu({ 1, 3 });
        relu[0] = 0, relu[1] = 1, relu[2] = 2;
        const cv::Mat g = toDisplay(relu, 0, Normalisation::Auto);
        QCOMPARE(g.size(), cv::Size(3, 1));
        QCOMPARE(g.at<cv::Vec3b>(0, 0), cv::Vec3b(0, 0, 0));
        QCOMPARE(g.at<cv::Vec3b>(0, 1), cv::Vec3b(128, 128, 128));
        QCOMPARE(g.at<cv::Vec3b>(0, 2), cv::Vec3b(255, 255, 255));
        QVERIFY(toDisplay(relu, 1, Normalisation::Auto).empty());
    }

    void imageDisplayIsBgr()
    {
        auto cat = loadImage(imagesDir + "chelsea.png");
        QVERIFY(cat.ok());
        const cv::Mat shown = imageToDisplay(*cat);
        const cv::Mat original = cv::imread(imagesDir + "chelsea.png", cv::IMREAD_COLOR);
        QCOMPARE(shown.size(), original.size());
        QCOMPARE(cv::norm(shown, original, cv::NORM_INF), 0.0);
    }

    void mosaicTiles()
    {
        // 5 maps of 4x3: a 3-column grid of 2 rows, 2 px gaps: 3*3 + 2*2 = 13 wide, 2*4 + 2 = 10
        // high.
        Tensor maps({ 5, 4, 3 });
        for (std::int64_t i = 0; i < maps.numel(); ++i)
            maps[i] = float(i / 12); // channel c holds the value c
        MosaicOptions o;
        const cv::Mat m = mosaic(maps, o);
        QCOMPARE(m.size(), cv::Size(13, 10));
        QCOMPARE(m.at<cv::Vec3b>(0, 3), cv::Vec3b(64, 64, 64)); // a gap
        QCOMPARE(m.at<cv::Vec3b>(0, 0), cv::Vec3b(0, 0, 0)); // channel 0: black
        QCOMPARE(
            m.at<cv::Vec3b>(6, 5), cv::Vec3b(255, 255, 255)); // channel 4 (row 1, column 1): white
        QCOMPARE(m.at<cv::Vec3b>(9, 12), cv::Vec3b(64, 64, 64)); // the empty sixth cell
        o.columns = 5;
        o.gap = 1;
        QCOMPARE(mosaic(maps, o).size(), cv::Size(5 * 3 + 4, 4));
        o.sharedScale = false;
        QCOMPARE(mosaic(maps, o).at<cv::Vec3b>(0, 4), cv::Vec3b(255, 255, 255)); // channel 1 alone
    }
};

QTEST_APPLESS_MAIN(TestImageIo)
#include "tst_image_io.moc"
