// The library is four layers, each a target over folders of this directory (see Package.swift);
// a layer uses only the layers below it, so the compiler refuses a folder that reaches up:
//
//   ActionPlanCore       Support, Diagnostics, Model, Planning
//   ActionPlanFiles      Files, Loading, Validation, Progress
//   ActionPlanWorkspace  Workspace, Queries, LocalPlans, Authoring
//   ActionPlan           Rendering, Report, Calendar
//
// `import ActionPlan` gives a library user all of them.
@_exported import ActionPlanCore
@_exported import ActionPlanFiles
@_exported import ActionPlanWorkspace
