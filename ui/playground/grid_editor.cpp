#include "grid_editor.h"

#include "playground_model.h"
#include "widgets/number_table.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

GridEditor::GridEditor(PlaygroundModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("gridEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* channelRow = new QHBoxLayout;
    m_channelLabel = new QLabel(tr("Values of channel"), this);
    m_channel = new QSpinBox(this);
    m_channel->setObjectName(QStringLiteral("gridChannelSpin"));
    m_channel->setToolTip(tr("Which channel of the grid the table shows (1 … C)."));
    m_channelLabel->setBuddy(m_channel);
    channelRow->addWidget(m_channelLabel);
    channelRow->addWidget(m_channel);
    channelRow->addStretch(1);
    layout->addLayout(channelRow);

    m_table = new NumberTable(this);
    m_table->setObjectName(QStringLiteral("gridTable"));
    m_table->setToolTip(tr("The input values x. Click a cell and type a number; the grid's preset "
                           "becomes “custom”."));
    layout->addWidget(m_table);

    // The panel restores a tooltip from "help" after a problem has borrowed it.
    for (QWidget* w : findChildren<QWidget*>())
        w->setProperty("help", w->toolTip());
    connect(m_channel, &QSpinBox::valueChanged, this, &GridEditor::sync);
    connect(m_table, &NumberTable::valueEdited, this, &GridEditor::editValue);
    connect(m_model, &PlaygroundModel::sceneChanged, this, &GridEditor::sync);
    sync();
}

int GridEditor::channel() const
{
    return m_channel->value() - 1;
}

void GridEditor::setChannel(int channel)
{
    m_channel->setValue(channel + 1);
}

void GridEditor::sync()
{
    const Scene& scene = m_model->scene();
    const Tensor grid = makeGrid(scene.input, scene.layer.spatialDims);
    const int channels = grid.channels();
    {
        const QSignalBlocker blocker(m_channel);
        m_channel->setRange(1, std::max(1, channels));
    }
    const bool several = channels > 1;
    m_channel->setVisible(several);
    m_channelLabel->setVisible(several);
    const int rows = grid.spatialDims() == 1 ? 1 : grid.dim(1);
    const int cols = grid.dim(grid.ndim() - 1);
    const int c = std::clamp(channel(), 0, channels - 1);
    m_table->setMatrix(rows, cols,
        std::span<const float>(grid.plane(c), static_cast<std::size_t>(grid.planeSize())));
}

void GridEditor::editValue(int row, int col, double value)
{
    Scene scene = m_model->scene();
    const Tensor grid = makeGrid(scene.input, scene.layer.spatialDims);
    const int cols = grid.dim(grid.ndim() - 1);
    const std::int64_t index = channel() * grid.planeSize() + std::int64_t { row } * cols + col;
    if (index < 0 || index >= grid.numel())
        return;
    scene.input.gridValues.assign(grid.data(), grid.data() + grid.numel());
    scene.input.gridValues[static_cast<std::size_t>(index)] = static_cast<float>(value);
    scene.input.gridPreset = GridPreset::Custom;
    // One undo step per cell: retyping the same cell merges, another cell is a new step.
    m_model->setScene(scene, tr("Grid value (%1, %2)").arg(row + 1).arg(col + 1));
}

} // namespace convscope::ui
