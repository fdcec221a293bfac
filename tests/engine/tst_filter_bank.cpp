// The filter bank picture: edges.onnx's four hand-set kernels, an RGB weight's colours, the grid
// and the refusals.

#include "filter_bank.h"
#include "onnx_import.h"

#include <QTest>

using namespace convscope;

class TestFilterBank : public QObject {
    Q_OBJECT

private slots:
    // Four 3x3 kernels, 8 px cells, 2 px gaps: two columns of 24 px tiles,
    // 2 + 2 * (24 + 2) = 54 px each way.
    void edgesFirstLayer()
    {
        auto model = importOnnx(CONVSCOPE_SHARED_DIR "/models/edges.onnx");
        QVERIFY(model.ok());
        auto picture = filterBankImage(*model->weights.find("conv0.weight"), 8);
        QVERIFY(picture.ok());
        QCOMPARE(picture->type(), CV_8UC3);
        QCOMPARE(picture->cols, 54);
        QCOMPARE(picture->rows, 54);
        // Tile 0 is Sobel x [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]] / 2 after normalising: the middle
        // row is black on the left, mid-grey in the centre, white on the right.
        const auto at = [&](int tile, int ky, int kx) {
            const int x = 2 + (tile % 2) * 26 + kx * 8 + 4, y = 2 + (tile / 2) * 26 + ky * 8 + 4;
            return picture->at<cv::Vec3b>(y, x);
        };
        QCOMPARE(at(0, 1, 0), cv::Vec3b(0, 0, 0));
        QCOMPARE(at(0, 1, 1), cv::Vec3b(128, 128, 128));
        QCOMPARE(at(0, 1, 2), cv::Vec3b(255, 255, 255));
        QVERIFY(at(0, 0, 0)[0] < 128 && at(0, 0, 2)[0] > 128); // the corners: -1 and +1 of 2
        // Tile 1 is Sobel y: dark on top, bright below.
        QVERIFY(at(1, 0, 1)[0] < 64 && at(1, 2, 1)[0] > 192);
        // Tile 3, the box blur, is uniformly white (all taps equal the maximum).
        QCOMPARE(at(3, 0, 0), cv::Vec3b(255, 255, 255));
        QCOMPARE(at(3, 2, 2), cv::Vec3b(255, 255, 255));
        // The gaps are dark grey.
        QCOMPARE(picture->at<cv::Vec3b>(0, 0), cv::Vec3b(40, 40, 40));
        QCOMPARE(picture->at<cv::Vec3b>(10, 27), cv::Vec3b(40, 40, 40));
    }

    // An RGB first layer: channel 0 is red. Weight (5, 3, 1, 1): 3 columns, 2 rows, 1 px gaps
    // with 2 px cells.
    void rgbTilesAndGrid()
    {
        Tensor w({ 5, 3, 1, 1 });
        const float values[5][3] = { { 1, 0, -1 }, { 0, 2, 0 }, { -1, -1, -1 }, { 0, 0, 0 }, { 0.5f, 1, 0 } };
        for (int o = 0; o < 5; ++o)
            for (int c = 0; c < 3; ++c)
                w[o * 3 + c] = values[o][c];
        auto picture = filterBankImage(w, 2);
        QVERIFY(picture.ok());
        QCOMPARE(picture->cols, 1 + 3 * (2 + 1));
        QCOMPARE(picture->rows, 1 + 2 * (2 + 1));
        const auto tile = [&](int o) { return picture->at<cv::Vec3b>(1 + (o / 3) * 3, 1 + (o % 3) * 3); };
        QCOMPARE(tile(0), cv::Vec3b(0, 128, 255)); // BGR: blue -1, green 0, red +1
        QCOMPARE(tile(1), cv::Vec3b(128, 255, 128));
        QCOMPARE(tile(2), cv::Vec3b(0, 0, 0));
        QCOMPARE(tile(3), cv::Vec3b(128, 128, 128)); // all zero: mid-grey
        QCOMPARE(tile(4), cv::Vec3b(128, 255, 191)); // red 0.5 of 1 -> 0.75 -> 191
        QCOMPARE(picture->at<cv::Vec3b>(4, 7), cv::Vec3b(40, 40, 40)); // the empty sixth cell
    }

    void refusals()
    {
        QVERIFY(!filterBankImage(Tensor({ 4, 4 }), 4).ok());
        QVERIFY(!filterBankImage(Tensor({ 2, 1, 3, 3 }), 0).ok());
        auto huge = filterBankImage(Tensor({ 16384, 1, 11, 11 }), 8);
        QVERIFY(!huge.ok());
        QVERIFY2(huge.error().message.find("smaller cell size") != std::string::npos,
            huge.error().message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestFilterBank)
#include "tst_filter_bank.moc"
