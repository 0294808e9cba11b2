using KubeSec.Dockerfiles;
using KubeSec.Model;
using KubeSec.Text;

namespace KubeSec.Rules.Dockerfiles;

/// <summary>
/// A shipped stage whose base image is past its end of support, judged against the dated table in
/// <see cref="EndOfLife"/>: the rules differ only in which part of the image they date (.NET or the distribution).
/// </summary>
public abstract class EndOfLifeImageRule : DockerfileRule
{
    /// <summary>The ended release the image is built on, or null.</summary>
    protected abstract EndOfLifeRelease? EndedReleaseOf(ImageReference? image);

    /// <summary>What the user loses and what to do, ending the message: "so it gets no security fixes: ...".</summary>
    protected abstract string Consequence { get; }

    public sealed override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var stage in dockerfile.Stages)
        {
            if (stage.BaseStage is null && DockerfileFacts.Ships(dockerfile, stage) && EndedReleaseOf(stage.Image) is { } release)
            {
                sink.Report(Descriptor, stage.BaseImageRegion, stage.From.LogicalPath,
                    "Base image '" + QuotedText.Value(stage.Image!.Text) + "' of " + stage.Describe() + " on line " + DockerfileFacts.Line(stage.From.StartLine) + " is " + release + ", out of support since " + release.EndOfLifeText +
                    " (end-of-life table as of " + EndOfLife.AsOfText + "), " + Consequence);
            }
        }
    }
}
