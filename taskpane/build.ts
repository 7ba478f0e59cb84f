// Placeholder so `npm start` works before the task pane build exists; the task pane engineer
// replaces this file with the real build (esbuild → taskpane/dist).
console.log('taskpane/build.ts: task pane build not written yet, nothing to build');
