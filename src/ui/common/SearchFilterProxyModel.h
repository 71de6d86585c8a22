#pragma once

#include <QSortFilterProxyModel>

namespace duper::ui {

// What every list's proxy shares: the text of the page's search box (trimmed; the rows are filtered again only
// when it changed) and a case-insensitive match against it. Subclasses decide which of a row's texts to match.
class SearchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Sorts by `sortRole` and keeps sorting and filtering up to date as the source changes.
    explicit SearchFilterProxyModel(int sortRole, QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    bool hasSearchText() const { return !m_searchText.isEmpty(); }

protected:
    // True when `text` contains the search text, ignoring case; always true without a search text.
    bool matchesSearch(const QString& text) const;

private:
    QString m_searchText;
};

} // namespace duper::ui
