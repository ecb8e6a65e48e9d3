// Starts the "Your week" page compiled by TeaVM.
import { main } from "./digest.js";

main([]);
