#pragma once

#include <QString>
#include <functional>
#include <vector>

namespace duper::ui {

// Remembers how each fixed text of a widget tree is set, so a language switch (QEvent::LanguageChange) can set them
// all again. The functions call tr() of the owning class, so lupdate files the strings under that class.
class Retranslator
{
public:
    // Applies `apply` now and again on every retranslate().
    void add(std::function<void()> apply)
    {
        apply();
        m_steps.push_back(std::move(apply));
    }

    // `widget->setText(text())` now and on every retranslate(); returns `widget` for use in an expression.
    template <typename Widget> Widget* text(Widget* widget, std::function<QString()> text)
    {
        add([widget, text = std::move(text)] { widget->setText(text()); });
        return widget;
    }

    void retranslate() const
    {
        for (const auto& step : m_steps)
            step();
    }

private:
    std::vector<std::function<void()>> m_steps;
};

} // namespace duper::ui
