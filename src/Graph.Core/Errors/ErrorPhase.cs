namespace Graph.Core.Errors;

/// <summary>Whether a statement failed before anything ran (compile) or while running (runtime).</summary>
public enum ErrorPhase
{
    Compile,
    Runtime,
}
