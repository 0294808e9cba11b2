using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7034UseraddHighUidWithoutNoLogInit : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7034", "UseraddHighUidWithoutNoLogInit", "useradd with a high UID without -l", Severity.Low, RuleCategory.Dockerfile)
    {
        Description = "useradd with a UID above 99999 and without -l (--no-log-init) writes the user's entry into the sparse files /var/log/lastlog and faillog, which are indexed by UID; the layer stores them unsparse, so the image grows by gigabytes (a known Docker issue, moby#5419). Opt-in: image size.",
        Fix = "Add -l (--no-log-init) to useradd, or use a UID below 100000.",
        Equivalents = new[] { "hadolint:DL3046" },
        EnabledByDefault = false,
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var command in DockerfileFacts.Commands(dockerfile))
        {
            if (command.Program != "useradd" || command.Has("--no-log-init") || command.FindShort('l', "ugdcegGkKpsb") is not null)
            {
                continue;
            }

            var words = command.Command.Words;
            for (var i = command.ProgramIndex + 1; i < words.Count; i++)
            {
                var word = words[i].Value;
                string? uid = word is "-u" or "--uid" ? (i + 1 < words.Count ? words[i + 1].Value : null)
                    : word.StartsWith("--uid=", StringComparison.Ordinal) ? word.Substring(6)
                    : word.StartsWith("-u", StringComparison.Ordinal) && word.Length > 2 && char.IsDigit(word[2]) ? word.Substring(2) : null;
                if (uid is not null && long.TryParse(uid, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 99999)
                {
                    sink.Report(Rule, words[i].Region, command.Path("useradd"),
                        "useradd on line " + DockerfileFacts.Line(words[i].Region.StartLine) + " creates UID " + uid + " without -l, which fills /var/log/lastlog and faillog and can add gigabytes to the layer: add -l (--no-log-init).");
                    break;
                }
            }
        }
    }
}
