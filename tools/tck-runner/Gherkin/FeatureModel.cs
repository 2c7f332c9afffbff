namespace Graph.TckRunner.Gherkin;

/// <summary>One feature file: its name and its scenarios, outlines already expanded into one scenario per example row.</summary>
internal sealed record Feature(string Name, string File, IReadOnlyList<Scenario> Scenarios);

/// <summary>A runnable scenario: a name and its steps in order.</summary>
internal sealed record Scenario(string Name, IReadOnlyList<Step> Steps);

/// <summary>A step: its text without the Given/When/Then/And keyword, and the doc string or table below it.</summary>
internal sealed record Step(string Text, string? DocString, IReadOnlyList<IReadOnlyList<string>>? Table);
