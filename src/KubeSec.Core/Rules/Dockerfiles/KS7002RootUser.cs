using KubeSec.Text;
using System;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7002RootUser : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7002", "RootUser", "Image runs as root", Severity.High, RuleCategory.Dockerfile)
    {
        Description = "The final stage sets no non-root USER (or its last USER is root or UID 0), so the container's process runs as root: any code-execution bug in the application then has root's power inside the container, and one kernel or runtime escape away from the node. Only the final stage is checked, following the USER a stage inherits from the stage it is built on; images that default to a non-root user (distroless :nonroot, .NET chiseled) pass.",
        Fix = "Add USER with a non-root user (USER $APP_UID on .NET 8+ images) after the steps that need root.",
        CisItem = "Docker 4.1",
        Equivalents = new[] { "hadolint:DL3002", "trivy:DS-0002", "checkov:CKV_DOCKER_8" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        if (dockerfile.FinalStage is not { } final || StageUser.Of(dockerfile, final) is not { IsRoot: true } user)
        {
            return;
        }

        var fix = ": " + FixFor(final) + " after the steps that need root.";
        if (user.Instruction is { } set && user.Stage == final)
        {
            sink.Report(Rule, set.Region, set.LogicalPath,
                "Final " + final.Describe() + " switches to root with 'USER " + QuotedText.Value(set.Arguments) + "' on line " + Line(set.StartLine) + fix);
        }
        else if (user.Instruction is { } inherited)
        {
            sink.Report(Rule, final.From.Region, final.From.LogicalPath,
                "Final " + final.Describe() + " runs as root because it inherits 'USER " + QuotedText.Value(inherited.Arguments) + "' from " + user.Stage.Describe() + " (line " + Line(inherited.StartLine) + ")" + fix);
        }
        else
        {
            sink.Report(Rule, final.From.Region, final.From.LogicalPath,
                "Final " + final.Describe() + " runs as root because it has no USER instruction" + fix);
        }
    }

    // .NET 8+ Linux images ship the non-root 'app' user, so the fix is one line there; KS7002 is the one
    // rule for "runs as root" and names that fix itself rather than leaving it to a .NET-specific duplicate.
    private static string FixFor(Stage final) =>
        final.RootImage is { } image && ShipsAppUser(image)
            ? "add 'USER $APP_UID' (the non-root 'app' user of .NET 8+ images)"
            : "add 'USER <non-root user>' (create one with useradd or adduser if the image has none; on .NET 8+ images use 'USER $APP_UID')";

    private static bool ShipsAppUser(KubeSec.Model.ImageReference image)
    {
        if (!string.Equals(image.Registry, "mcr.microsoft.com", StringComparison.OrdinalIgnoreCase) ||
            !image.Repository.StartsWith("dotnet/", StringComparison.Ordinal) || image.Repository.StartsWith("dotnet/framework", StringComparison.Ordinal))
        {
            return false;
        }

        // No tag means 'latest', a current .NET; otherwise the major version must be 8 or later.
        var tag = image.Tag ?? "latest";
        var digits = 0;
        while (digits < tag.Length && char.IsDigit(tag[digits]))
        {
            digits++;
        }

        return tag == "latest" || (digits > 0 && int.Parse(tag.Substring(0, digits), CultureInfo.InvariantCulture) >= 8 && tag.IndexOf("nanoserver", StringComparison.Ordinal) < 0 && tag.IndexOf("windowsservercore", StringComparison.Ordinal) < 0);
    }

    private static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);
}
