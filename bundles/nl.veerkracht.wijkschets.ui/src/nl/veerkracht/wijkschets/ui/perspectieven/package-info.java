/**
 * The page Handelingsperspectieven of the wijkschets editor (issue 7, method.md phase 3): the mix summary, the 2×2
 * matrix, and per perspective its measures and its refinement per buurt, every edit a command.
 */
package nl.veerkracht.wijkschets.ui.perspectieven;
