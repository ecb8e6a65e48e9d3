// Starts the content script compiled by TeaVM (content.js, loaded just before, defines main).
main([]);
