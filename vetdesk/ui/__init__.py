"""Qt widgets of VetDesk. Widgets call services and display the plain values they return."""
