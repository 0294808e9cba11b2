using System;
using System.Collections.Generic;
using KubeSec.Manifests;

namespace KubeSec.Rules.Node;

/// <summary>
/// A rule over the flags of control-plane components, read alike from static pods and from kubeadm
/// ClusterConfiguration (see <see cref="ControlPlaneFlags"/>).
/// </summary>
public abstract class ControlPlaneFlagRule : ManifestRule
{
    public sealed override void Check(KubernetesObject obj, FindingSink sink)
    {
        foreach (var flags in ControlPlaneFlags.Find(obj))
        {
            if (AppliesTo(flags.Component))
            {
                CheckFlags(flags, sink);
            }
        }
    }

    protected abstract bool AppliesTo(ControlPlaneComponent component);

    protected abstract void CheckFlags(ControlPlaneFlags flags, FindingSink sink);

    /// <summary>How a flag reads in a message: <c>--name=value</c>.</summary>
    protected static string Written(FlagSetting setting) =>
        setting.Value is null ? "--" + setting.Name : "--" + setting.Name + "=" + setting.Value;
}

/// <summary>
/// A boolean flag that must have one value: fires when it is set to the other one, or when it is missing
/// and the program's default is the other one.
/// </summary>
public abstract class BooleanFlagRule : ControlPlaneFlagRule
{
    protected abstract string Flag { get; }

    /// <summary>The safe value.</summary>
    protected abstract bool Expected { get; }

    /// <summary>What the program does when the flag is missing.</summary>
    protected abstract bool ProgramDefault { get; }

    /// <summary>What the unsafe value allows, as a clause: <c>so unauthenticated requests are served</c>.</summary>
    protected abstract string Consequence { get; }

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        var wanted = "--" + Flag + "=" + (Expected ? "true" : "false");
        var setting = flags.Get(Flag);
        if (setting is null)
        {
            if (ProgramDefault != Expected)
            {
                flags.Report(sink, Descriptor, flags.MissingRegion, flags.PathOf(Flag),
                    flags.Describe + " does not set --" + Flag + ", which defaults to " + (ProgramDefault ? "true" : "false") + " in " + flags.ProgramName + ", " + Consequence + ": add " + wanted + ".");
            }

            return;
        }

        if (setting.AsBoolean() is { } value && value != Expected)
        {
            flags.Report(sink, Descriptor, setting.Region, setting.Path,
                flags.Describe + " sets " + Written(setting) + ", " + Consequence + ": set " + wanted + ".");
        }
    }
}

/// <summary>Flags naming a file or path that must be given (each missing or empty one is reported).</summary>
public abstract class RequiredFlagRule : ControlPlaneFlagRule
{
    protected abstract string Flag { get; }

    /// <summary>All the flags that must be given; by default just <see cref="Flag"/>.</summary>
    protected virtual IReadOnlyList<string> Flags => new[] { Flag };

    protected abstract string Consequence { get; }

    protected abstract string Example { get; }

    /// <summary>The example value for one flag; by default <see cref="Example"/>.</summary>
    protected virtual string ExampleFor(string flag) => Example;

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        foreach (var flag in Flags)
        {
            var setting = flags.Get(flag);
            if (setting is null)
            {
                flags.Report(sink, Descriptor, flags.MissingRegion, flags.PathOf(flag),
                    flags.Describe + " does not set --" + flag + ", " + Consequence + ": add --" + flag + "=" + ExampleFor(flag) + ".");
            }
            else if (string.IsNullOrWhiteSpace(setting.Value))
            {
                flags.Report(sink, Descriptor, setting.Region, setting.Path,
                    flags.Describe + " sets --" + flag + " to an empty value, " + Consequence + ": set --" + flag + "=" + ExampleFor(flag) + ".");
            }
        }
    }
}

/// <summary>
/// kube-apiserver's <c>--authorization-mode</c> must include one authorizer; the flag defaults to AlwaysAllow,
/// so a missing flag fails too. Structured authorization (<c>--authorization-config</c>) is not judged.
/// </summary>
public abstract class AuthorizationModeRule : ControlPlaneFlagRule
{
    /// <summary>The authorizer that must be listed, e.g. <c>RBAC</c>.</summary>
    protected abstract string Authorizer { get; }

    /// <summary>What is lost without it, as a clause: <c>so Roles and RoleBindings have no effect</c>.</summary>
    protected abstract string Consequence { get; }

    protected override bool AppliesTo(ControlPlaneComponent component) => component == ControlPlaneComponent.ApiServer;

    protected override void CheckFlags(ControlPlaneFlags flags, FindingSink sink)
    {
        if (FlagLists.UsesAuthorizationConfig(flags))
        {
            return;
        }

        var mode = flags.Get("authorization-mode");
        if (mode is null)
        {
            flags.Report(sink, Descriptor, flags.MissingRegion, flags.PathOf("authorization-mode"),
                flags.Describe + " does not set --authorization-mode, which defaults to AlwaysAllow without " + Authorizer + ", " + Consequence + ": add --authorization-mode=Node,RBAC.");
        }
        else if (!FlagLists.ContainsIgnoringCase(mode, Authorizer))
        {
            flags.Report(sink, Descriptor, mode.Region, mode.Path,
                flags.Describe + " sets " + Written(mode) + " without " + Authorizer + ", " + Consequence + ": add " + Authorizer + " to --authorization-mode.");
        }
    }
}

/// <summary>Helpers for authorization-mode and admission plugin lists.</summary>
internal static class FlagLists
{
    /// <summary>Structured authorization (<c>--authorization-config</c>) replaces --authorization-mode, so mode checks stand down.</summary>
    public static bool UsesAuthorizationConfig(ControlPlaneFlags flags) =>
        flags.Get("authorization-config") is { Value: { Length: > 0 } };

    public static bool ContainsIgnoringCase(FlagSetting setting, string item)
    {
        foreach (var candidate in setting.Items())
        {
            if (string.Equals(candidate, item, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
