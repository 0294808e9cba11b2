using System;
using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>The instructions BuildKit knows, and which of them read their arguments how.</summary>
public static class InstructionKeywords
{
    public const string Add = "ADD";
    public const string Arg = "ARG";
    public const string Cmd = "CMD";
    public const string Copy = "COPY";
    public const string Entrypoint = "ENTRYPOINT";
    public const string Env = "ENV";
    public const string Expose = "EXPOSE";
    public const string From = "FROM";
    public const string Healthcheck = "HEALTHCHECK";
    public const string Label = "LABEL";
    public const string Maintainer = "MAINTAINER";
    public const string Onbuild = "ONBUILD";
    public const string Run = "RUN";
    public const string Shell = "SHELL";
    public const string StopSignal = "STOPSIGNAL";
    public const string User = "USER";
    public const string Volume = "VOLUME";
    public const string Workdir = "WORKDIR";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        Add, Arg, Cmd, Copy, Entrypoint, Env, Expose, From, Healthcheck, Label, Maintainer, Onbuild, Run, Shell, StopSignal, User, Volume, Workdir,
    };

    public static IEnumerable<string> All => Known;

    public static bool IsKnown(string keyword) => Known.Contains(keyword);

    /// <summary>Instructions whose arguments may be a JSON array (exec form).</summary>
    internal static bool MayBeJson(string keyword) =>
        keyword is Run or Cmd or Entrypoint or Shell or Copy or Add or Volume;

    /// <summary>Instructions BuildKit reads heredocs for (in shell form only).</summary>
    internal static bool MayHaveHeredocs(string keyword) => keyword is Run or Copy or Add;
}
