// The ten follow parameters: typed into the dialogs and the CLI (FollowParameters::setFromText, one parameter chosen
// by the first byte, and setWaitForActiveShards), and read from follow_info / auto-follow bodies
// (FollowParameters::fromJson). Then everything the app does with a set of parameters: validate, render, toJson.
#include "FuzzInput.h"
#include "core/values/FollowParameter.h"
#include "core/values/FollowParameters.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

void useAll(const duper::FollowParameters& parameters)
{
    (void)parameters.validate();
    (void)parameters.toJson();
    for (const duper::FollowParameter parameter : duper::FollowParameterInfo::all()) {
        (void)parameters.text(parameter);
        (void)parameters.effectiveText(parameter);
        (void)parameters.isUnlimited(parameter);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QList<duper::FollowParameter>& all = duper::FollowParameterInfo::all();
    const QString text = duper::fuzz::text(data + 1, size - 1);

    duper::FollowParameters typed;
    const qsizetype which = data[0] % (all.size() + 1);
    const std::optional<duper::ValueError> error =
        which < all.size() ? typed.setFromText(all[which], text) : typed.setWaitForActiveShards(text);
    if (error && error->message().isEmpty())
        __builtin_trap(); // a refusal must always say why
    useAll(typed);

    // The same bytes as a follow_info "parameters" object.
    const QJsonDocument document = QJsonDocument::fromJson(duper::fuzz::bytes(data + 1, size - 1));
    if (document.isObject()) {
        QList<duper::ValueError> errors;
        useAll(duper::FollowParameters::fromJson(document.object(), &errors));
    }
    return 0;
}
