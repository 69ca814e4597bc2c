#include "ConfigPage.h"

#include "FormChecks.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace Lifeline::Windows {

namespace {

// wg-quick files are a few hundred bytes; anything this big is something else.
constexpr qint64 MaxConfigBytes = 64 * 1024;

// "Work VPN.conf" -> "workvpn": a name the helper takes, as a suggestion.
QString nameFrom(const QString &path)
{
    QString name;
    for (const QChar c : QFileInfo(path).completeBaseName().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            name.append(c);
    }
    return name.left(MaxTunnelNameLength);
}

} // namespace

ConfigPage::ConfigPage(Source source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_name(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setAccessibleDescription(
        tr("A short name for this connection: up to 12 small letters, digits or “-”"));
    m_name->setMaxLength(MaxTunnelNameLength);
    m_name->setPlaceholderText(tr("backup"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);

    auto *layout = new QVBoxLayout(this);
    if (source == Source::File) {
        auto *intro = new QLabel(tr("Choose the WireGuard configuration file (usually ending in "
                                    ".conf) that your VPN provider or server gave you."),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_choose = new QPushButton(tr("&Choose a file…"), this);
        m_choose->setObjectName(QStringLiteral("chooseFile"));
        m_choose->setAccessibleName(tr("Choose a file"));
        m_choose->setAccessibleDescription(tr("Opens a file chooser for the configuration file"));
        m_choose->setAutoDefault(false);
        connect(m_choose, &QPushButton::clicked, this, &ConfigPage::chooseFile);
        m_file = new QLabel(tr("No file chosen yet."), this);
        m_file->setObjectName(QStringLiteral("fileStatus"));
        m_file->setWordWrap(true);
        m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(m_choose, m_file);
    } else {
        auto *intro = new QLabel(tr("Paste the whole configuration, from [Interface] to the "
                                    "end, into the box."),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("configText"));
        m_text->setAccessibleName(tr("Configuration"));
        m_text->setAccessibleDescription(tr("The text of a WireGuard configuration"));
        m_text->setTabChangesFocus(true);
        m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_text->setPlaceholderText(QStringLiteral(
            "[Interface]\nPrivateKey = …\nAddress = 10.8.0.2/32\n\n[Peer]\nPublicKey = …\n"
            "Endpoint = vps.example.org:51820\nAllowedIPs = 0.0.0.0/0, ::/0"));
        m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
        auto *textLabel = new QLabel(tr("&Configuration:"), this);
        textLabel->setBuddy(m_text);
        form->addRow(textLabel, m_text);
    }
    layout->addLayout(form);
    if (source == Source::File)
        layout->addStretch();
}

QString ConfigPage::name() const
{
    return m_name->text().trimmed();
}

QString ConfigPage::config() const
{
    return m_source == Source::File ? m_fileText : m_text->toPlainText();
}

QWidget *ConfigPage::firstField() const
{
    return m_name;
}

FieldProblems ConfigPage::problems() const
{
    FieldProblems problems;
    if (const QString problem = FormChecks::tunnelName(name()); !problem.isEmpty())
        problems.append({ m_name, problem });
    QWidget *configField = m_source == Source::File ? static_cast<QWidget *>(m_choose) : m_text;
    const QString text = config();
    if (m_source == Source::File && !m_fileError.isEmpty())
        problems.append({ configField, m_fileError });
    else if (text.trimmed().isEmpty())
        problems.append({ configField,
            m_source == Source::File ? tr("Choose the configuration file first.")
                                     : tr("Paste the configuration into the box first.") });
    else if (!text.contains(QLatin1String("[Interface]"), Qt::CaseInsensitive))
        problems.append({ configField,
            tr("This is not a WireGuard configuration: it has no [Interface] section.") });
    return problems;
}

void ConfigPage::chooseFile()
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Choose a WireGuard configuration"));
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("WireGuard configurations (*.conf)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const QString error = loadFile(path); !error.isEmpty())
            m_file->setText(error);
    });
    dialog->open();
}

QString ConfigPage::loadFile(const QString &path)
{
    m_fileText.clear();
    m_fileError.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileError = tr("Could not open %1: %2.").arg(path, file.errorString());
    } else if (file.size() > MaxConfigBytes) {
        m_fileError = tr("%1 is too big to be a WireGuard configuration.").arg(path);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(file.readAll());
        if (utf8.hasError())
            m_fileError = tr("%1 is not a text file.").arg(path);
        else
            m_fileText = text;
    }
    if (!m_fileError.isEmpty())
        return m_fileError;
    // The key stays out of sight: only the file's name is shown.
    m_file->setText(tr("Chosen: %1").arg(QFileInfo(path).fileName()));
    if (m_name->text().isEmpty())
        m_name->setText(nameFrom(path));
    return {};
}

} // namespace Lifeline::Windows
