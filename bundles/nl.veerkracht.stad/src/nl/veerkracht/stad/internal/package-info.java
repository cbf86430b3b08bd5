/** Internals of the city-wide model: the yearly simulation, apportioning to the household, balance figures. */
package nl.veerkracht.stad.internal;
