using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;
using KubeSec.Text;

public sealed class KS7001BaseImageNotPinned : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7001", "BaseImageNotPinned", "Base image not pinned to a version", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "A FROM image with no tag, or the 'latest' tag, and no digest resolves to whatever the registry points 'latest' at on the day of the build, so two builds of the same commit can ship different operating systems, runtimes and vulnerabilities, and a compromised or broken upstream push flows straight into the image. Stage references (FROM build), scratch, digests and images whose reference depends on an ARG without a default are not reported.",
        Fix = "Pin the base image to a version tag (node:22.11-bookworm-slim), ideally with its digest (node:22.11-bookworm-slim@sha256:...).",
        Equivalents = new[] { "hadolint:DL3006", "hadolint:DL3007", "trivy:DS-0001", "checkov:CKV_DOCKER_7" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var stage in dockerfile.Stages)
        {
            if (stage.BaseStage is not null || stage.Image is not { IsScratch: false, Digest: null } image ||
                (image.Tag is not null && image.Tag != "latest"))
            {
                continue;
            }

            var shown = image.Text == stage.BaseImage ? "'" + QuotedText.Value(image.Text) + "'" : "'" + QuotedText.Value(image.Text) + "' (written '" + QuotedText.Value(stage.BaseImage) + "')";
            var problem = image.Tag is null ? "has no tag" : "uses the 'latest' tag";
            sink.Report(Rule, stage.BaseImageRegion, stage.From.LogicalPath,
                "Base image " + shown + " of " + stage.Describe() + " on line " + Line(stage) + " " + problem +
                ", so each build pulls whatever 'latest' points to that day: pin a version such as '" + QuotedText.Value(image.Name) + ":<version>', ideally with its @sha256 digest.");
        }
    }

    private static string Line(Stage stage) => stage.From.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
