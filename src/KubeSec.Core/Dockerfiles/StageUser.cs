namespace KubeSec.Dockerfiles;

/// <summary>
/// The user a stage's container runs as: its last USER, else the USER it inherits from the earlier
/// stage it is built on (a USER does not leak into other stages, but <c>FROM build</c> starts from
/// <c>build</c>'s image config), else its base image's default.
/// </summary>
public sealed class StageUser
{
    private StageUser(Stage stage, Instruction? instruction, string? name, bool isRoot)
    {
        Stage = stage;
        Instruction = instruction;
        Name = name;
        IsRoot = isRoot;
    }

    /// <summary>The stage whose USER (or base image) decides.</summary>
    public Stage Stage { get; }

    /// <summary>The deciding USER instruction, or null when the base image's default applies.</summary>
    public Instruction? Instruction { get; }

    /// <summary>The USER value with variables expanded; null for an image default or an unknown variable.</summary>
    public string? Name { get; }

    /// <summary>Known to be root: <c>root</c>, <c>0</c> (with any group), or an image that defaults to root.</summary>
    public bool IsRoot { get; }

    public static StageUser Of(Dockerfile file, Stage stage)
    {
        var current = stage;
        while (true)
        {
            if (current.LastInstruction(InstructionKeywords.User) is { } user)
            {
                var variables = file.VariablesBefore(user);
                var name = VariableExpander.TryExpand(user.Arguments, variables, file.EscapeCharacter, out var expanded) ? expanded.Trim() : null;
                return new StageUser(current, user, name, name is not null && IsRootName(name));
            }

            if (current.BaseStage is null)
            {
                return new StageUser(current, null, null, !KnownImages.DefaultsToNonRoot(current.Image));
            }

            current = current.BaseStage;
        }
    }

    /// <summary><c>root</c> or UID 0, with or without a group.</summary>
    public static bool IsRootName(string user)
    {
        var colon = user.IndexOf(':');
        var name = colon < 0 ? user : user.Substring(0, colon);
        return name is "root" or "0";
    }
}
