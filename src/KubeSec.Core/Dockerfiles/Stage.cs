using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>A build stage: a FROM and the instructions up to the next FROM.</summary>
public sealed class Stage
{
    internal Stage(int index, Instruction from, string baseImage, SourceRegion baseImageRegion, string? alias, SourceRegion? aliasRegion)
    {
        Index = index;
        From = from;
        BaseImage = baseImage;
        BaseImageRegion = baseImageRegion;
        Alias = alias;
        AliasRegion = aliasRegion;
    }

    public int Index { get; }

    public Instruction From { get; }

    /// <summary>The base image word as written (variables unexpanded); empty when FROM names none.</summary>
    public string BaseImage { get; }

    public SourceRegion BaseImageRegion { get; }

    /// <summary>The <c>AS</c> name as written, or null.</summary>
    public string? Alias { get; }

    public SourceRegion? AliasRegion { get; }

    /// <summary>The <c>--platform</c> value as written, or null.</summary>
    public string? Platform => From.FindFlag("platform")?.Value;

    /// <summary>The instructions after FROM, in order.</summary>
    public IReadOnlyList<Instruction> Instructions { get; internal set; } = Array.Empty<Instruction>();

    public bool IsFinal { get; internal set; }

    /// <summary>The earlier stage this one builds on (<c>FROM build</c>), or null for an image.</summary>
    public Stage? BaseStage { get; internal set; }

    /// <summary>
    /// The base image with global ARGs expanded, or null when it is an earlier stage, when a variable
    /// has no default (the image is only known at build time) or when the reference is malformed.
    /// </summary>
    public ImageReference? Image { get; internal set; }

    /// <summary>
    /// The image at the bottom of the chain of stages this one builds on (its own, for most stages).
    /// Set once when the stage is read (its base stage is always earlier), so asking is O(1) however long the chain.
    /// </summary>
    public ImageReference? RootImage { get; internal set; }

    /// <summary>The alias, or the index when the stage has none: how BuildKit names it.</summary>
    public string Label => Alias ?? Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>How a message names the stage: <c>stage 'build'</c> or <c>stage 2 (FROM alpine:3.20)</c>.</summary>
    public string Describe() =>
        Alias is not null
            ? "stage '" + QuotedText.Value(Alias) + "'"
            : "stage " + Index.ToString(CultureInfo.InvariantCulture) + " (FROM " + QuotedText.Value(BaseImage) + ")";

    /// <summary>The last instruction of this stage with that keyword, or null.</summary>
    public Instruction? LastInstruction(string keyword)
    {
        for (var i = Instructions.Count - 1; i >= 0; i--)
        {
            if (Instructions[i].Is(keyword))
            {
                return Instructions[i];
            }
        }

        return null;
    }
}
