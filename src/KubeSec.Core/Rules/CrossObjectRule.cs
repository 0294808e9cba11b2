using KubeSec.Manifests;

namespace KubeSec.Rules;

/// <summary>
/// A rule over all the objects of a scan together (a Service whose selector matches no pod, a PDB
/// for a missing workload). Runs once per scan, after every file is loaded; reports with
/// <see cref="FindingSink.ReportOn"/> so each finding lands in its object's file.
/// </summary>
public abstract class CrossObjectRule : Rule
{
    public abstract void Check(ObjectIndex objects, FindingSink sink);
}
